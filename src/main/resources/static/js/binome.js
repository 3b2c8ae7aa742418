// Every htmx request carries the CSRF token read from the page's meta tags (no inline script: the CSP forbids it).
document.addEventListener("htmx:configRequest", (event) => {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// Forms that ask for an explicit confirmation carry data-confirm with the translated question.
document.addEventListener("submit", (event) => {
    const question = event.target.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
        event.preventDefault();
    }
});

// A header box with data-select-all="name" ticks or clears every enabled box of that name in its form.
document.addEventListener("change", (event) => {
    const name = event.target.getAttribute("data-select-all");
    if (!name) {
        return;
    }
    const scope = event.target.closest("form") || document;
    scope.querySelectorAll(`input[type="checkbox"][name="${name}"]:not(:disabled)`).forEach((box) => {
        box.checked = event.target.checked;
    });
});
