/*
 * The outcomes pages' input helpers. The text area named by data-target is what the form posts; this script only
 * fills it: "Load example" (and, on the cohort page, the example's settings from the link's data-set-FIELD
 * attributes), and a chosen file read into it. Without JavaScript the pages still work: the example link reloads the
 * page with the example, and the file input posts the file.
 */
(function () {
  'use strict';
  var example = document.getElementById('load-example');
  // The "invented data" note (the link's data-note) shows only while the text area holds the example: an uploaded
  // or edited cohort is the user's own data and must not be labelled invented.
  var note = example && example.dataset.note && document.getElementById(example.dataset.note);
  var noteArea = note && document.getElementById(example.dataset.target);
  function normalised(text) {
    return text.replace(/\r\n?/g, '\n').trim();
  }
  function showNote() {
    if (note && noteArea) {
      note.hidden = normalised(noteArea.value) !== normalised(example.dataset.example);
    }
  }
  if (noteArea) {
    noteArea.addEventListener('input', showNote);
  }
  if (example) {
    example.addEventListener('click', function (e) {
      var area = document.getElementById(example.dataset.target);
      if (!area) {
        return;
      }
      e.preventDefault();
      area.value = example.dataset.example;
      Array.prototype.forEach.call(example.attributes, function (a) {
        if (a.name.indexOf('data-set-') === 0) {
          var field = document.getElementById(a.name.substring('data-set-'.length));
          if (field) {
            field.value = a.value;
          }
        }
      });
      var file = document.querySelector('input[type=file][data-target="' + example.dataset.target + '"]');
      var status = file && document.getElementById(file.dataset.status);
      if (status) {
        status.textContent = 'example loaded';
      }
      showNote();
    });
  }

  document.querySelectorAll('input[type=file][data-target]').forEach(function (file) {
    var area = document.getElementById(file.dataset.target);
    var status = document.getElementById(file.dataset.status);
    file.addEventListener('change', function () {
      var f = file.files && file.files[0];
      if (!f || !area) {
        return;
      }
      f.text().then(function (text) {
        area.value = text;
        if (status) {
          status.textContent = f.name + ' loaded';
        }
        showNote();
        file.value = '';   // the text area is what is sent, so edits there are kept
      }, function () {
        if (status) {
          status.textContent = 'cannot read ' + f.name;
        }
      });
    });
  });
})();
