/*
 * The synthesis form helper: the GLMM is fitted by maximum likelihood with Wald z tests (Stijnen et al. 2010), so
 * when it is chosen the τ² method shows ML and is disabled, and Knapp-Hartung is unchecked and disabled, with the
 * note saying why; choosing an inverse-variance measure restores what was chosen before. The server renders the
 * same state for a submitted GLMM and uses ML whatever is sent, so the page is right without this script.
 */
(function () {
  'use strict';
  var measure = document.getElementById('measure');
  var method = document.getElementById('method');
  var knha = document.getElementById('knha');
  var note = document.getElementById('glmm-note');
  if (!measure || !method || !knha) {
    return;
  }
  function update() {
    var glmm = measure.value === 'GLMM';
    if (glmm && !method.disabled) {
      method.dataset.chosen = method.value;
      knha.dataset.chosen = knha.checked ? 'true' : '';
      method.value = 'ML';
      knha.checked = false;
    } else if (!glmm && method.disabled) {
      // what was chosen before GLMM: remembered here, or sent by the server for a page rendered with GLMM
      method.value = method.dataset.chosen || 'REML';
      if (!method.value) {
        method.value = 'REML';
      }
      knha.checked = knha.dataset.chosen === 'true';
    }
    method.disabled = glmm;
    knha.disabled = glmm;
    if (note) {
      note.hidden = !glmm;
    }
  }
  measure.addEventListener('change', update);
  update();
})();
