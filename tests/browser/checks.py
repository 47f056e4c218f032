"""Checks that run inside a loaded page; each returns a list of readable problems (empty = ok).

They take a Playwright Page that already shows the page to check, so one page load can serve
several checks (e.g. axe at desktop width, at 320 px and in dark mode).
"""

import functools
from pathlib import Path

from playwright.sync_api import Page

DESKTOP = {"width": 1280, "height": 800}
# 320 CSS px is WCAG 1.4.10 Reflow: the same layout as 1280 px at 400 % zoom.
NARROW = {"width": 320, "height": 640}
AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.2 AA, the target of the public-sector note (WCAG 2.1 AA is the legal minimum).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# The rules whose outcome depends on colours: all that can change in dark mode.
AXE_COLOUR_RULES = ["color-contrast", "link-in-text-block"]

# Short CSS-like description of an element for messages: tag#id.class1.class2
DESCRIBE_JS = """
function describe(element) {
  let text = element.tagName.toLowerCase();
  if (element.id) text += '#' + element.id;
  for (const name of element.classList) text += '.' + name;
  return text;
}
"""


def open_page(page: Page, url: str, wait_until: str = "load") -> None:
    """Load `url` and fail unless the server answered 200."""
    response = page.goto(url, wait_until=wait_until)
    assert response is not None, f"{url}: no response"
    assert response.status == 200, f"{url}: HTTP {response.status}"


@functools.cache
def axe_source() -> str:
    return AXE_SCRIPT.read_text(encoding="utf-8")


def finish_transitions(page: Page) -> None:
    """Wait until running CSS transitions end (switching to dark mode fades colours)."""
    page.evaluate("Promise.all(document.getAnimations().map(animation => animation.finished))")


def axe_violations(page: Page, rules: list[str] | None = None) -> list[dict]:
    """Run axe-core on the current page; its violations (rule id, impact, help, nodes).

    By default all rules tagged AXE_TAGS; `rules` restricts the run to those rule ids.
    """
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluating the source (not a <script> tag) is not subject to the page's CSP.
        page.evaluate(axe_source() + "\n;undefined")
    run_only = {"type": "rule", "values": rules} if rules else {"type": "tag", "values": AXE_TAGS}
    return page.evaluate(
        """runOnly => axe.run(document, {runOnly, resultTypes: ['violations']})
             .then(result => result.violations)""",
        run_only,
    )


def format_axe_violations(where: str, violations: list[dict]) -> list[str]:
    """One line per rule: where, rule id, impact, help text and up to five target selectors."""
    lines = []
    for violation in violations:
        targets = [" ".join(map(str, node["target"])) for node in violation["nodes"]]
        shown = ", ".join(targets[:5]) + (
            f" (+{len(targets) - 5} more)" if len(targets) > 5 else ""
        )
        lines.append(
            f"{where}: {violation['id']} ({violation['impact']}): {violation['help']} — {shown}"
        )
    return lines


def horizontal_overflow(page: Page) -> list[str]:
    """Problems if the page scrolls sideways: the sizes and the elements sticking out."""
    return page.evaluate(
        "() => {"
        + DESCRIBE_JS
        + """
          const root = document.documentElement;
          if (root.scrollWidth <= root.clientWidth + 1) return [];
          const limit = root.clientWidth + 1;
          // Content inside a scroll container that fits (a wide table in its wrapper) is fine.
          const clipped = element => {
            for (let up = element.parentElement; up && up !== document.body;
                 up = up.parentElement) {
              if (getComputedStyle(up).overflowX !== 'visible'
                  && up.getBoundingClientRect().right <= limit) return true;
            }
            return false;
          };
          // Report the innermost elements that stick out: their ancestors only follow them.
          const wide = [...document.body.querySelectorAll('*')].filter(element => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && box.right > limit && !clipped(element);
          });
          const innermost = wide.filter(
            element => !wide.some(other => other !== element && element.contains(other)));
          return [`scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}`,
                  ...innermost.slice(0, 5).map(element =>
                    `${describe(element)} reaches ${Math.round(
                      element.getBoundingClientRect().right)}px: `
                    + JSON.stringify((element.textContent || '').trim().slice(0, 50)))];
        }"""
    )


def moving_elements(page: Page) -> list[str]:
    """Elements that still have a transition or animation longer than 10 ms."""
    return page.evaluate(
        "() => {"
        + DESCRIBE_JS
        + """
          const seconds = value => value.split(',').map(part => {
            const number = parseFloat(part);
            return part.trim().endsWith('ms') ? number / 1000 : number;
          });
          const found = [];
          for (const element of document.querySelectorAll('*')) {
            const style = getComputedStyle(element);
            const transition = Math.max(...seconds(style.transitionDuration));
            const animated = style.animationName !== 'none'
              && Math.max(...seconds(style.animationDuration)) > 0.01;
            if (transition > 0.01 || animated) {
              found.push(`${describe(element)}: transition ${style.transitionDuration}, `
                         + `animation ${style.animationName} ${style.animationDuration}`);
            }
          }
          if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') {
            found.push('html: scroll-behavior smooth');
          }
          return found;
        }"""
    )


def focused_element(page: Page) -> dict:
    """What has focus: description, text, href, focus-style properties, whether inside <main>."""
    return page.evaluate(
        "() => {"
        + DESCRIBE_JS
        + """
          const element = document.activeElement;
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          const main = document.querySelector('main');
          return {
            description: describe(element),
            text: (element.innerText || '').trim(),
            href: element.getAttribute('href'),
            outline: `${style.outlineStyle} ${style.outlineWidth}`,
            outlineVisible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
            boxShadow: style.boxShadow,
            onScreen: box.width > 1 && box.height > 1 && box.bottom > 0
                      && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
            isBody: element === document.body,
            isMain: element === main,
            inMain: main !== null && main.contains(element),
          };
        }"""
    )


def main_has_focusable(page: Page) -> bool:
    """True when <main> contains something that Tab can reach."""
    return page.evaluate(
        """(() => {
          const main = document.querySelector('main');
          if (!main) return false;
          const selector = 'a[href], button, input, select, textarea, summary, '
                           + '[tabindex]:not([tabindex="-1"])';
          return [...main.querySelectorAll(selector)].some(element =>
            !element.disabled && element.getClientRects().length > 0);
        })()"""
    )


# Installed before any page script: collects CSP violations the document reports.
CSP_LISTENER_JS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', event => {
  window.__cspViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`
    + (event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : ''));
});
"""


def csp_violations(page: Page) -> list[str]:
    """The violations collected by CSP_LISTENER_JS (add it with context.add_init_script)."""
    return page.evaluate("window.__cspViolations || []")


def elements_without_focus_indicator(page: Page) -> list[str]:
    """Focusable elements that look the same focused and unfocused (WCAG 2.4.7).

    Focuses each element by script, in one round trip: in a page nobody clicked, script focus
    matches :focus-visible as keyboard focus does. Transitions are finished at once, so the
    focused style is read in its end state.
    """
    return page.evaluate(
        "() => {"
        + DESCRIBE_JS
        + """
          const focusStyle = element => {
            const style = getComputedStyle(element);
            return ['outlineStyle', 'outlineWidth', 'outlineColor', 'boxShadow',
                    'backgroundColor', 'color', 'textDecorationLine', 'borderTopColor',
                    'borderBottomColor', 'borderBottomWidth'].map(name => style[name]).join('|');
          };
          const settle = element => element.getAnimations().forEach(animation => {
            try { animation.finish(); } catch (error) { /* infinite: leave it */ }
          });
          const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, '
                           + 'summary, iframe, [tabindex]:not([tabindex="-1"])';
          document.activeElement?.blur();
          const problems = [];
          for (const element of document.querySelectorAll(selector)) {
            if (element.disabled || element.getClientRects().length === 0) continue;
            settle(element);
            const unfocused = focusStyle(element);
            element.focus();
            if (document.activeElement !== element) continue;  // not focusable after all
            settle(element);
            if (!element.matches(':focus-visible') || focusStyle(element) === unfocused) {
              const text = (element.innerText || element.value || '').trim().slice(0, 40);
              problems.push(`${describe(element)} ${JSON.stringify(text)}`);
            }
          }
          document.activeElement?.blur();
          return problems;
        }"""
    )
