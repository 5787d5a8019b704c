// Forms that send a file to be checked and written (a province's yearly export takes a minute) say that they
// are working and are not sent twice. The buttons only look disabled: a disabled submitter would drop its own
// name from what the form sends ("check" or "confirm").
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!form.matches("form[data-busy-note]")) return;
  if (form.dataset.sending) {
    event.preventDefault();
    return;
  }
  form.dataset.sending = "1";
  for (const button of form.querySelectorAll("button[type=submit]")) {
    button.classList.add("disabled");
    button.setAttribute("aria-disabled", "true");
  }
  form.querySelector("[data-busy]").hidden = false;
});

// Back to a page kept in the browser's cache: the form is ready again.
window.addEventListener("pageshow", () => {
  for (const form of document.querySelectorAll("form[data-busy-note]")) {
    delete form.dataset.sending;
    form.querySelector("[data-busy]").hidden = true;
    for (const button of form.querySelectorAll("button[type=submit]")) {
      button.classList.remove("disabled");
      button.removeAttribute("aria-disabled");
    }
  }
});
