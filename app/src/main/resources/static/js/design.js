/*
 * The design page's form helper: the source radios dim the evidence fields when p0 and p1 are entered, and switch
 * the p0/p1 placeholders between an example and "from the evidence". The server decides what is used from the
 * submitted source, so the page works without this script.
 */
(function () {
  'use strict';
  var radios = document.querySelectorAll('input[name=source]');
  var evidence = document.getElementById('evidence-fields');
  function update() {
    var checked = document.querySelector('input[name=source]:checked');
    var fromEvidence = !checked || checked.value === 'evidence';
    if (evidence) {
      evidence.classList.toggle('inactive', !fromEvidence);
    }
    ['p0', 'p1'].forEach(function (id) {
      var field = document.getElementById(id);
      if (field) {
        field.placeholder = fromEvidence ? field.dataset.evidence : field.dataset.given;
      }
    });
    document.querySelectorAll('.evidence-hint').forEach(function (hint) {
      hint.hidden = !fromEvidence;
    });
  }
  radios.forEach(function (r) {
    r.addEventListener('change', update);
  });
  if (radios.length) {
    update();
  }
  // choosing an evidence setting means planning from the evidence
  if (evidence) {
    evidence.addEventListener('change', function () {
      var r = document.getElementById('source-evidence');
      if (r && !r.checked) {
        r.checked = true;
        update();
      }
    });
  }
})();
