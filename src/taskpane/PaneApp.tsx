import type { PaneBackend } from "./backend";
import { FixPane } from "./components/FixPane";
import { useFixPane } from "./use-fix-pane";

export function PaneApp({ backend }: { backend: PaneBackend }) {
  const { view, actions } = useFixPane(backend);
  return <FixPane lang={backend.lang} view={view} actions={actions} canSendFromPane={backend.canSendFromPane} />;
}
