// The guided circle session answers 422 (a step left empty) or 409 (edited elsewhere) with the step's fragment,
// message and typed text included: show it instead of dropping it, as htmx does by default for error statuses.
document.addEventListener("htmx:beforeSwap", (event) => {
    const status = event.detail.xhr.status;
    if ((status === 422 || status === 409) && event.detail.target && event.detail.target.id === "guide") {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
    }
});
