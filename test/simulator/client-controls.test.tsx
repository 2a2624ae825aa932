import { renderToStaticMarkup } from "react-dom/server";
import { ClientControls } from "../../src/simulator/components/ClientControls";
import { SAMPLES } from "../../src/simulator/samples";
import { DEFAULT_SETTINGS } from "../../src/simulator/session";
import { SIM_STRINGS } from "../../src/simulator/strings";

/** The sample list shows which sample the draft came from, instead of falling back to its prompt after a load. */
describe("the simulator's sample list", () => {
  const render = (lang: "ja" | "en", loaded?: string) =>
    renderToStaticMarkup(
      <ClientControls
        settings={DEFAULT_SETTINGS}
        s={SIM_STRINGS[lang]}
        samples={SAMPLES}
        loaded={loaded}
        lang={lang}
        onChange={() => undefined}
        onSample={() => undefined}
      />,
    );
  /** The option the sample <select> shows: the one React marks selected, else the first. */
  const shown = (html: string) => {
    const select = /<select[^>]*>([\s\S]*?)<\/select>/.exec(html)![1]!;
    const selected = /<option[^>]*selected=""[^>]*>([^<]*)<\/option>/.exec(select);
    return (selected ?? /<option[^>]*>([^<]*)<\/option>/.exec(select))![1];
  };
  const sample = SAMPLES.find((x) => x.id === "label-inheritance")!;

  test.each(["ja", "en"] as const)("%s: the loaded sample is the one shown, and named under the list", (lang) => {
    const html = render(lang, sample.id);
    expect(shown(html)).toBe(sample[lang]);
    expect(html).not.toContain(SIM_STRINGS[lang].loadSample);
    expect(html).toContain(SIM_STRINGS[lang].sampleLoaded(sample[lang]));
  });

  test("before any sample is loaded the prompt shows, in the page's language", () => {
    expect(shown(render("ja"))).toBe("サンプルを読み込む");
    expect(shown(render("en"))).toBe("Load sample");
    // An unknown id (an old link's ?sample=) is no loaded sample either.
    expect(shown(render("ja", "no-such-sample"))).toBe("サンプルを読み込む");
  });
});
