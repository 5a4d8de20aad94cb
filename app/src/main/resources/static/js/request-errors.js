/*
 * htmx requests that fail without a swappable answer, shown in place. The layout's htmx-config leaves a 413 (a
 * refused upload) and a 5xx unswapped, because their error page has no result panel to select; and a request
 * without an answer (connection closed, timeout) has nothing to swap. Without this the result panel stayed as it was
 * with no word. The message replaces the contents of the request's target, which keeps its id, so the next submit
 * swaps it as usual: the form stays usable without a reload.
 */
(function () {
  'use strict';

  function limit() {
    var meta = document.querySelector('meta[name="rediff-upload-limit"]');
    return meta && meta.content ? meta.content : 'the server\'s limit';
  }

  /** The error page's own message (its p.error-message), if the answer is one. */
  function serverMessage(xhr) {
    if (!xhr || !xhr.responseText) {
      return '';
    }
    try {
      var p = new DOMParser().parseFromString(xhr.responseText, 'text/html').querySelector('.error-message');
      return p ? p.textContent.trim() : '';
    } catch (err) {
      return '';
    }
  }

  function show(e, text) {
    var target = e.detail.target || e.detail.elt;
    if (!target) {
      return;
    }
    var box = document.createElement('div');
    box.className = 'errors';
    box.id = 'request-error';
    box.setAttribute('role', 'alert');
    var head = document.createElement('strong');
    head.textContent = 'Not done: ';
    box.appendChild(head);
    box.appendChild(document.createTextNode(text));
    target.replaceChildren(box);
  }

  document.addEventListener('htmx:responseError', function (e) {
    var xhr = e.detail.xhr;
    var message = serverMessage(xhr);
    if (xhr.status === 413 && !message) {
      message = 'the upload is over the limit of ' + limit();
    }
    show(e, (message || 'the server could not complete the request') + ' (HTTP ' + xhr.status
      + '). Correct the input if needed and submit again.');
  });

  document.addEventListener('htmx:sendError', function (e) {
    show(e, 'no answer from the server: the connection failed or was closed (uploads over ' + limit()
      + ' are refused). Check the input and the connection, and submit again.');
  });

  document.addEventListener('htmx:timeout', function (e) {
    show(e, 'the server did not answer within 2 minutes. Submit again, or with less data.');
  });
})();
