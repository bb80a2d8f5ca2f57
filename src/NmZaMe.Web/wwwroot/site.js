// Progressive enhancement only: everything works without this file. Adds a print button where the page offers one.
document.querySelectorAll(".print-slot").forEach(function (slot) {
  var button = document.createElement("button");
  button.type = "button";
  button.className = "print-button";
  button.textContent = slot.getAttribute("data-print-label");
  button.addEventListener("click", function () { window.print(); });
  slot.replaceWith(button);
});
