// The print button of a work agreement. A file, not an onclick attribute: the Content-Security-Policy allows no inline script.
document.querySelectorAll('[data-vc2-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
