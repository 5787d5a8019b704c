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

// A request made in place (htmx) that fails changes nothing on the page, which reads as success: say what
// happened, in the words of the error page when it has some (a plan issued meanwhile, a report sent).
function showRequestError(textFor) {
  const box = document.getElementById("request-error");
  if (!box) return;
  box.querySelector("[data-text]").textContent = textFor(box).trim();
  box.hidden = false;
}

document.addEventListener("htmx:responseError", (event) => {
  const xhr = event.detail.xhr;
  const reason = new DOMParser().parseFromString(xhr.responseText || "", "text/html").querySelector("[data-error-message]");
  // A refusal worded in plain text (a form sent from a page that is too old) is shown as it is.
  const plain = xhr.responseText && xhr.responseText.length < 400 && !xhr.responseText.includes("<");
  showRequestError((box) =>
    reason ? reason.textContent : plain ? xhr.responseText : box.dataset.failed.replace("%(status)s", xhr.status),
  );
});

document.addEventListener("htmx:sendError", () => showRequestError((box) => box.dataset.offline));

document.addEventListener("click", (event) => {
  if (event.target.matches("#request-error .btn-close")) event.target.closest("#request-error").hidden = true;
});

// After signing in again in another tab (a session ended), the token this page was served with is stale, and
// sending it would be refused: every request takes the current one from the cookie (CSRF_COOKIE_NAME), so
// retrying the save works and nothing typed is lost.
function currentCsrfToken() {
  const cookie = document.cookie.split("; ").find((part) => part.startsWith("csrftoken="));
  return cookie ? decodeURIComponent(cookie.slice("csrftoken=".length)) : null;
}

document.addEventListener("htmx:configRequest", (event) => {
  const token = currentCsrfToken();
  if (!token) return;
  event.detail.headers["X-CSRFToken"] = token;
  // Django reads a form's field before the header: the field served with the page (an autosave sends the
  // whole form) must not outvote the current token.
  delete event.detail.parameters.csrfmiddlewaretoken;
});

document.addEventListener(
  "submit",
  (event) => {
    const token = currentCsrfToken();
    const field = event.target.querySelector("input[name=csrfmiddlewaretoken]");
    if (token && field) field.value = token;
  },
  true,
);

// A form sent back with errors puts the focus in its first wrong field (Django marks it aria-invalid and
// describes it by its message), so the person corrects it at once and a screen reader says why. Without this
// a page reloaded with errors left the focus at the top of the menu, and a part form whose wrong field was in a
// formset (a unit not found) kept it in the form's first field.
function focusFirstWrongField(root) {
  const wrong = root.querySelector("form [aria-invalid=true], form .is-invalid");
  const current = document.activeElement;
  if (!wrong || (current && current.matches("[aria-invalid=true], .is-invalid"))) return;
  wrong.focus();
}

focusFirstWrongField(document);
document.addEventListener("htmx:afterSettle", (event) => {
  if (event.target.isConnected) focusFirstWrongField(event.target);
});

// The plan editor's part forms open in a slot ([data-part-slot]) below the button that asked for one. When the
// form closes (saved, Hủy, or Escape) the focus fell to the page, and the person had to Tab through the menu
// again: it goes back to that button, found again by its address when the list around it was redrawn.
const partOpeners = {};

document.addEventListener("htmx:beforeRequest", (event) => {
  const slot = event.detail.target;
  const url = event.detail.elt.getAttribute("hx-get");
  if (slot && slot.matches("[data-part-slot]") && url) partOpeners[slot.id] = url;
});

function focusPartOpener(slot) {
  const url = partOpeners[slot.id];
  const opener = url && document.querySelector(`[hx-get="${CSS.escape(url)}"]`);
  if (opener) opener.focus();
}

function closePartForm(form) {
  const slot = form.closest("[data-part-slot]");
  form.remove();
  if (slot) focusPartOpener(slot);
}

document.addEventListener("htmx:afterSettle", () => {
  if (document.activeElement && document.activeElement !== document.body) return;
  for (const slot of document.querySelectorAll("[data-part-slot]")) {
    if (!slot.querySelector(".part-form")) focusPartOpener(slot);
  }
});

document.addEventListener("click", (event) => {
  const cancel = event.target.closest("[data-part-cancel]");
  if (cancel) closePartForm(cancel.closest("form"));
});

// Escape closes a part form nothing was typed in yet; one with typing (or sent back with errors) stays, so that
// the Escape that closes a unit's suggestions never throws the typing away: Hủy closes it on purpose.
document.addEventListener("input", (event) => {
  const form = event.target.closest(".part-form");
  if (form) form.dataset.changed = "1";
});

document.addEventListener("keydown", (event) => {
  const form = event.key === "Escape" && event.target.closest && event.target.closest(".part-form");
  if (!form || form.dataset.changed || form.querySelector("[aria-invalid=true], .is-invalid")) return;
  event.preventDefault();
  closePartForm(form);
});

// A preview that could not be drawn says so, instead of waiting forever behind a broken image. Error events
// of images do not bubble: listened for while they capture.
document.addEventListener(
  "error",
  (event) => {
    const box = event.target.closest?.(".export-preview");
    const wait = box?.querySelector(".export-preview-wait");
    if (!wait) return;
    wait.textContent = wait.dataset.failed;
    event.target.hidden = true;
  },
  true,
);

// The report editor saves a draft on its own a second after a field is left. A form beside it (attach a file,
// add a table, fill from the TTHC figures) sent within that second left the page before the save, and what had
// just been typed was lost: such a form saves the draft first and goes once it is saved. When it cannot be
// saved (someone else saved meanwhile, a field is wrong) the form stays, under the autosave's note saying why.
let draftEdits = 0;
let draftSaved = 0;
let draftSending = 0;

document.addEventListener("input", (event) => {
  if (event.target.closest("#report-form")) draftEdits += 1;
});

document.addEventListener("htmx:beforeRequest", (event) => {
  if (event.detail.elt.id === "autosave") draftSending = draftEdits;
});

let formAfterSave = null;

document.addEventListener("htmx:afterRequest", (event) => {
  if (event.detail.elt.id !== "autosave") return;
  const xhr = event.detail.xhr;
  if (event.detail.successful && xhr.responseText.includes('data-testid="autosaved"'))
    draftSaved = Math.max(draftSaved, draftSending);
  const form = formAfterSave;
  formAfterSave = null;
  if (form && draftSaved >= draftEdits) form.requestSubmit();
});

document.addEventListener("submit", (event) => {
  const form = event.target;
  const autosave = document.getElementById("autosave");
  if (!form.matches("form[data-saves-draft-first]") || !autosave || draftSaved >= draftEdits) return;
  event.preventDefault();
  formAfterSave = form;
  htmx.trigger(autosave, "save-now");
});

// A row of tabs that scrolls sideways on a phone (portal.css) shows the tab of the page: "Chỉ số 766", fifth of
// the TTHC tabs, was cut off at the screen's edge.
document.addEventListener("DOMContentLoaded", () => {
  for (const tabs of document.querySelectorAll(".nav-tabs")) {
    const active = tabs.querySelector(".nav-link.active");
    if (!active || tabs.scrollWidth <= tabs.clientWidth) continue;
    const left = active.getBoundingClientRect().left - tabs.getBoundingClientRect().left + tabs.scrollLeft;
    tabs.scrollLeft = left - (tabs.clientWidth - active.offsetWidth) / 2;
  }
});
