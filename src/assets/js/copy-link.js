// The copy-link button of a release page. External file, no inline script, so a strict
// Content-Security-Policy holds. Without JavaScript the button stays hidden and the
// visible address field still lets readers copy the URL.
for (const button of document.querySelectorAll("button.copy-link")) {
  const field = document.getElementById(button.dataset.copy || "");
  const status = button.parentElement && button.parentElement.querySelector(".copy-status");
  if (!(field instanceof HTMLInputElement) || !status) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = "نشانی کپی شد.";
    } catch {
      field.select();
      status.textContent = "نشانی انتخاب شد؛ آن را کپی کنید.";
    }
  });
}
