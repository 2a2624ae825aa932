import type { PaneBackend } from "./backend";
import { DelayNotice } from "./components/DelayNotice";
import { FixPane } from "./components/FixPane";
import { useFixPane } from "./use-fix-pane";

export function PaneApp({ backend }: { backend: PaneBackend }) {
  const { view, actions } = useFixPane(backend);
  return (
    <>
      <DelayNotice backend={backend} />
      <FixPane lang={backend.lang} view={view} actions={actions} canSendFromPane={backend.canSendFromPane} />
    </>
  );
}
