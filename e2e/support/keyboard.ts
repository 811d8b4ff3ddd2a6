import type { Page } from '@playwright/test';

declare global {
  interface Window {
    /** A readable name for an element in failure messages; installed by walkWithTab. */
    describeControl?: (el: Element) => string;
  }
}

/** One stop of a Tab walk: which element, where it is, and whether its focus can be seen. */
export type FocusStop = { id: string; label: string; inMain: boolean; isFocusVisible: boolean };

const CONTROLS =
  'a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Tags every visible control on the page, then presses Tab until focus leaves the page or comes
 * back to where it started, recording each stop. Returns the stops, the controls never reached and
 * how many of the controls are in the main content.
 */
export async function walkWithTab(
  page: Page,
  maxStops = 400,
): Promise<{ stops: FocusStop[]; missed: string[]; inMain: number }> {
  await page.evaluate(() => {
    window.describeControl = (el: Element) => {
      const label =
        el.getAttribute('aria-label') ??
        (el instanceof HTMLInputElement && el.labels?.[0] ? el.labels[0].textContent : el.textContent) ??
        '';
      const type = el.getAttribute('type');
      return `<${el.tagName.toLowerCase()}${type ? ` type=${type}` : ''}> ${label.trim().replace(/\s+/g, ' ').slice(0, 60)}`;
    };
  });
  const { controls, inMain } = await page.evaluate((selector) => {
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // A closed <details> hides its content; the skip link is off-screen until focused.
      return (box.width > 0 && box.height > 0 && style.visibility !== 'hidden') || el.classList.contains('skip-link');
    };
    const tagged = new Map<string, string>();
    let inMain = 0;
    [...document.querySelectorAll(selector)]
      .filter((el) => visible(el) && !el.closest('[inert], [aria-hidden="true"]'))
      .forEach((el, i) => {
        // Tab stops once in a radio group (the arrow keys move within it): one control per group.
        const id = el instanceof HTMLInputElement && el.type === 'radio' && el.name ? `radio-${el.name}` : String(i);
        el.setAttribute('data-kbd', id);
        if (el.closest('main')) inMain += 1;
        if (!tagged.has(id)) tagged.set(id, `${id}: ${window.describeControl?.(el) ?? el.tagName}`);
      });
    return { controls: [...tagged.values()], inMain };
  }, CONTROLS);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: FocusStop[] = [];
  let outside = 0;
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const ring = style.boxShadow !== 'none';
      return {
        id: el.getAttribute('data-kbd') ?? `untagged <${el.tagName.toLowerCase()}>`,
        label: window.describeControl?.(el) ?? el.tagName,
        inMain: el.closest('main') !== null,
        isFocusVisible: outline || ring,
      };
    });
    // Past the last control focus leaves the page, and the next Tab starts again at the top: a
    // walk that began mid-page (an autofocused field) still sees everything once.
    if (!stop) {
      if (++outside > 1) break;
      continue;
    }
    outside = 0;
    // Back at the first stop, after other stops (a date field or radio group repeats its own id).
    if (stop.id === stops[0]?.id && stops.at(-1)?.id !== stop.id) break;
    stops.push(stop);
  }
  const reached = new Set(stops.map((s) => s.id));
  return { stops, missed: controls.filter((c) => !reached.has(c.slice(0, c.indexOf(':')))), inMain };
}
