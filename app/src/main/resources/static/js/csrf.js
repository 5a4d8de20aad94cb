/*
 * Sends the page's CSRF token (meta _csrf, _csrf_header) with every htmx request, so that htmx posts pass Spring
 * Security's CSRF check as the forms' hidden _csrf fields do. A file, not inline, because the CSP allows only 'self'.
 */
document.addEventListener('htmx:configRequest', function (e) {
  'use strict';
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    e.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
  }
});
