/*
 * The dosimetry page's plan editor. The text area #plan holds the plan JSON and is what the form posts; this script
 * only fills it: "Load example", a .json file read into it, and a structured form view that edits the same JSON
 * (unknown and optional keys are kept). Without JavaScript the page still works: the example link reloads the page
 * with the example, and the file input posts the file.
 */
(function () {
  'use strict';
  var plan = document.getElementById('plan');
  var example = document.getElementById('load-example');
  var file = document.getElementById('plan-file');
  var status = document.getElementById('plan-file-status');
  var tabs = document.getElementById('plan-tabs');
  var formView = document.getElementById('plan-form-view');
  if (!plan) {
    return;
  }

  example.addEventListener('click', function (e) {
    e.preventDefault();
    plan.value = example.dataset.example;
    status.textContent = 'example loaded';
    refreshForm();
  });

  file.addEventListener('change', function () {
    var f = file.files && file.files[0];
    if (!f) {
      return;
    }
    f.text().then(function (text) {
      plan.value = text;
      status.textContent = f.name + ' loaded';
      file.value = '';   // the text area is what is sent, so edits there are kept
      refreshForm();
    }, function () {
      status.textContent = 'cannot read ' + f.name;
    });
  });

  // ---- structured form view ----------------------------------------------------------------------------------
  var ORDER = ['patient', 'tracer', 'therapy', 'fit', 'tail', 'whole_body', 'blood', 'lesions', 'target_dose_Gy',
    'rule', 'max_activity_GBq', 'blood_limit_Gy', 'recovery_curve', 'min_volume_ml', 'retention_limit_GBq', 'seed'];
  var LESION_ORDER = ['id', 'volume_ml', 'density_g_per_ml', 'recovery_coefficient', 'measurements'];
  var model = null;   // the parsed plan the form edits

  tabs.hidden = false;
  tabs.addEventListener('click', function (e) {
    var b = e.target.closest('button[data-view]');
    if (b) {
      show(b.dataset.view);
    }
  });

  function show(view) {
    tabs.querySelectorAll('button[data-view]').forEach(function (b) {
      b.setAttribute('aria-selected', String(b.dataset.view === view));
    });
    var form = view === 'form';
    plan.hidden = form;
    formView.hidden = !form;
    if (form) {
      refreshForm(true);
    }
  }

  function refreshForm(force) {
    if (formView.hidden && !force) {
      return;
    }
    var text = plan.value.trim();
    if (text === '') {
      model = {};
    } else {
      try {
        model = JSON.parse(text);
      } catch (err) {
        model = null;
      }
    }
    formView.textContent = '';
    if (model === null || typeof model !== 'object' || Array.isArray(model)) {
      model = null;
      formView.appendChild(el('p', {class: 'errors', id: 'plan-form-error'},
        'The plan JSON cannot be read (' + errorOf(text) + '). Fix it in the JSON view, or load the example.'));
      return;
    }
    render();
  }

  function errorOf(text) {
    try {
      var v = JSON.parse(text);
      return Array.isArray(v) || typeof v !== 'object' ? 'it is not a JSON object' : 'unknown problem';
    } catch (err) {
      return err.message;
    }
  }

  function write() {
    plan.value = format(ordered(model, ORDER), '');
  }

  function render() {
    var m = model;
    m.patient = m.patient || {};
    m.tracer = m.tracer || {};
    var basics = el('fieldset', {class: 'plan-basics'}, [el('legend', {}, 'Patient, tracer, prescription'),
      num('Weight (kg)', m.patient, 'weight_kg', 'f-weight'),
      choice('Lung metastases', m.patient, 'lung_metastases', ['none', 'diffuse'], 'f-lungs'),
      choice('Tracer', m.tracer, 'nuclide', ['I-124', 'I-131', 'I-123'], 'f-tracer'),
      num('Tracer administered (MBq)', m.tracer, 'administered_MBq', 'f-administered'),
      choice('Curve model', m, 'fit', ['auto', 'mono', 'bi', 'uptake_washout', 'trapezoid'], 'f-fit'),
      choice('Tail (trapezoid)', m, 'tail', ['fitted', 'physical'], 'f-tail'),
      num('Target dose (Gy)', m, 'target_dose_Gy', 'f-target'),
      text('Rule', m, 'rule', 'f-rule', 'all_lesions | any_lesion | index_lesion:ID'),
      num('Blood limit (Gy)', m, 'blood_limit_Gy', 'f-blood-limit'),
      num('Activity cap (GBq, optional)', m, 'max_activity_GBq', 'f-cap')]);
    formView.appendChild(basics);
    formView.appendChild(series('Whole body', m, 'whole_body', 'percent_administered', '% administered', 'f-wb'));
    formView.appendChild(series('Blood', m, 'blood', 'percent_administered_per_ml', '% administered per ml',
      'f-blood'));
    var lesions = el('fieldset', {class: 'plan-lesions'}, [el('legend', {}, 'Lesions')]);
    (m.lesions = m.lesions || []).forEach(function (l, i) {
      var box = el('div', {class: 'plan-lesion', id: 'f-lesion-' + i}, [el('div', {class: 'plan-lesion-fields'}, [
        text('Id', l, 'id', 'f-lesion-' + i + '-id'),
        num('Volume (ml)', l, 'volume_ml', 'f-lesion-' + i + '-volume'),
        num('Density (g/ml)', l, 'density_g_per_ml', 'f-lesion-' + i + '-density'),
        num('RC (optional)', l, 'recovery_coefficient', 'f-lesion-' + i + '-rc'),
        button('Remove lesion', function () {
          m.lesions.splice(i, 1);
          changed(true);
        }, 'secondary small-button')])]);
      box.appendChild(series('Measurements', l, 'measurements', 'percent_administered', '% administered',
        'f-lesion-' + i + '-m'));
      lesions.appendChild(box);
    });
    lesions.appendChild(button('Add lesion', function () {
      m.lesions.push({id: 'L' + (m.lesions.length + 1), volume_ml: null, measurements: []});
      changed(true);
    }, 'secondary small-button', 'f-add-lesion'));
    formView.appendChild(lesions);
    var others = Object.keys(m).filter(function (k) {
      return ['patient', 'tracer', 'fit', 'tail', 'target_dose_Gy', 'rule', 'blood_limit_Gy', 'max_activity_GBq',
        'whole_body', 'blood', 'lesions'].indexOf(k) < 0;
    });
    if (others.length) {
      formView.appendChild(el('p', {class: 'muted small'}, 'Also in the plan (edit in the JSON view): '
        + others.join(', ') + '.'));
    }
  }

  /** A table of {hours, value} points with add/remove buttons. */
  function series(title, owner, key, valueKey, valueLabel, id) {
    var rows = owner[key] = owner[key] || [];
    var table = el('table', {class: 'data plan-series', id: id}, [el('thead', {}, el('tr', {}, [
      el('th', {}, 'Hours'), el('th', {}, valueLabel), el('th', {}, '')]))]);
    var body = el('tbody');
    rows.forEach(function (p, i) {
      body.appendChild(el('tr', {}, [el('td', {}, input(p, 'hours', id + '-' + i + '-hours', 'hours')),
        el('td', {}, input(p, valueKey, id + '-' + i + '-value', valueLabel)),
        el('td', {}, button('×', function () {
          rows.splice(i, 1);
          changed(true);
        }, 'link', null, 'remove row'))]));
    });
    table.appendChild(body);
    var fs = el('fieldset', {class: 'plan-series-box'}, [el('legend', {}, title), table,
      button('Add measurement', function () {
        var p = {hours: null};
        p[valueKey] = null;
        rows.push(p);
        changed(true);
      }, 'secondary small-button', id + '-add')]);
    return fs;
  }

  function changed(rerender) {
    write();
    if (rerender) {
      formView.textContent = '';
      render();
    }
  }

  function input(owner, key, id, label) {
    var i = el('input', {type: 'number', step: 'any', id: id, 'aria-label': label});
    if (owner[key] !== undefined && owner[key] !== null) {
      i.value = owner[key];
    }
    i.addEventListener('input', function () {
      if (i.value === '') {
        owner[key] = null;
      } else if (isFinite(Number(i.value))) {
        owner[key] = Number(i.value);
      }
      write();
    });
    return i;
  }

  function num(label, owner, key, id) {
    var i = el('input', {type: 'number', step: 'any', id: id});
    if (owner[key] !== undefined && owner[key] !== null) {
      i.value = owner[key];
    }
    i.addEventListener('input', function () {
      if (i.value === '') {
        delete owner[key];
      } else if (isFinite(Number(i.value))) {
        owner[key] = Number(i.value);
      }
      write();
    });
    return el('label', {}, [label, i]);
  }

  function text(label, owner, key, id, placeholder) {
    var i = el('input', {type: 'text', id: id, placeholder: placeholder || ''});
    i.value = owner[key] == null ? '' : owner[key];
    i.addEventListener('input', function () {
      if (i.value.trim() === '') {
        delete owner[key];
      } else {
        owner[key] = i.value.trim();
      }
      write();
    });
    return el('label', {}, [label, i]);
  }

  function choice(label, owner, key, options, id) {
    var s = el('select', {id: id}, [el('option', {value: ''}, '(default)')].concat(options.map(function (o) {
      return el('option', {value: o}, o);
    })));
    if (owner[key] != null && options.indexOf(owner[key]) < 0) {
      s.appendChild(el('option', {value: owner[key]}, owner[key]));
    }
    s.value = owner[key] == null ? '' : owner[key];
    s.addEventListener('change', function () {
      if (s.value === '') {
        delete owner[key];
      } else {
        owner[key] = s.value;
      }
      write();
    });
    return el('label', {}, [label, s]);
  }

  function button(label, onClick, cls, id, aria) {
    var b = el('button', {type: 'button', class: cls || '', id: id || null, 'aria-label': aria || null}, label);
    b.addEventListener('click', onClick);
    return b;
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (attrs[k] !== null && attrs[k] !== undefined) {
        e.setAttribute(k, attrs[k]);
      }
    });
    [].concat(children === undefined ? [] : children).forEach(function (c) {
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  /** A copy with the known keys first, in the documented order. */
  function ordered(obj, order) {
    var out = {};
    order.forEach(function (k) {
      if (k in obj) {
        out[k] = obj[k];
      }
    });
    Object.keys(obj).forEach(function (k) {
      if (!(k in out)) {
        out[k] = obj[k];
      }
    });
    if (Array.isArray(out.lesions)) {
      out.lesions = out.lesions.map(function (l) {
        return l && typeof l === 'object' ? ordered(l, LESION_ORDER) : l;
      });
    }
    return out;
  }

  /** JSON laid out like the example: flat objects (measurements) on one line, one per line in their arrays. */
  function format(v, indent) {
    if (Array.isArray(v)) {
      if (v.length === 0) {
        return '[]';
      }
      var inner = indent + '  ';
      return '[\n' + v.map(function (x) {
        return inner + format(x, inner);
      }).join(',\n') + '\n' + indent + ']';
    }
    if (v !== null && typeof v === 'object') {
      var keys = Object.keys(v);
      var flat = keys.every(function (k) {
        return v[k] === null || typeof v[k] !== 'object';
      });
      if (flat) {
        return '{' + keys.map(function (k) {
          return JSON.stringify(k) + ': ' + JSON.stringify(v[k]);
        }).join(', ') + '}';
      }
      var ind = indent + '  ';
      return '{\n' + keys.map(function (k) {
        return ind + JSON.stringify(k) + ': ' + format(v[k], ind);
      }).join(',\n') + '\n' + indent + '}';
    }
    return JSON.stringify(v);
  }
})();
