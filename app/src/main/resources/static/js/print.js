/* The report's print button (a file, not an inline handler, because the CSP allows scripts from 'self' only). */
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var button = document.getElementById('print');
  if (button) {
    button.addEventListener('click', function () {
      window.print();
    });
  }
});
