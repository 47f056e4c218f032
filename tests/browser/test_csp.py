"""Pages work under `Content-Security-Policy: default-src 'self'`.

No inline script or style, no eval, nothing from elsewhere: Chromium reports no violation and
no script error on one page per template type.
"""

from .checks import CSP_LISTENER_JS, csp_violations, open_page


def test_pages_cause_no_csp_violation(new_context, csp_server, sample):
    context = new_context()
    context.add_init_script(CSP_LISTENER_JS)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.on("pageerror", lambda error: console.append(f"script error: {error}"))
    problems = []
    for info in sample:
        open_page(page, csp_server + info.url_path)
        # Violation events are queued as tasks: let them run before reading the list.
        page.evaluate("new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)))")
        problems += [f"{info.label}: {violation}" for violation in csp_violations(page)]
        problems += [
            f"{info.label}: console: {text}"
            for text in console
            if "Content Security Policy" in text or text.startswith("script error")
        ]
        console.clear()
    assert not problems, "CSP violations:\n" + "\n".join(problems)
