// StateTag, one render per example of examples/state-tag.yaml: the state is words in a tag, where it came from is
// said in words, and a computed state links to the rule that made it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import StateTag from '../../src/components/reports/StateTag.astro';
import { stateLabels, type PartDecision as TaskState } from '../../src/lib/reporting-rules.ts';
import { chromiumFor, examples, render, type Example } from './render.ts';

type StateTagExample = Example<{ state: TaskState }> & { text: string[]; link: string | null };
const cases = examples<StateTagExample>('state-tag.yaml');
const chromium = chromiumFor();
beforeAll(chromium.start);
afterAll(chromium.stop);

describe('StateTag', () => {
  it('has examples for every rule that can decide a state', () => {
    expect(new Set(cases.map((c) => c.props.state.rule))).toEqual(
      new Set(['theo-bao-cao', 'qua-han', 'co-ly-do', 'da-ket-thuc', 'khong-ghi-thoi-gian']),
    );
  });

  for (const example of cases)
    it(`${example.name}: shows the state in words, says why, passes axe`, async () => {
      const html = await render(StateTag, example.props);
      const { page, axe, close } = await chromium.open(html);
      try {
        const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
        expect(text).toContain(stateLabels[example.props.state.state]);
        for (const t of example.text) expect(text).toContain(t);
        const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        if (example.link === null) expect(links).toEqual([]);
        else expect(links).toEqual([expect.stringMatching(new RegExp(`/ket-qua/#quy-tac-${example.link}$`))]);
        expect(await axe()).toEqual([]);
      } finally {
        await close();
      }
    });
});
