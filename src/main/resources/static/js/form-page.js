// A form from forms/ in our page (form-js viewer): the form's own validation shows beside the fields; on submit the
// values go to the API (data-submit) and a refusal from the server is listed in the GOV.UK error summary.
// Used by the task page (complete a task) and the contact page (start the front door).
(function () {
  'use strict';
  var container = document.getElementById('form-page');
  var button = document.getElementById('submit-form');
  var summary = document.getElementById('form-errors');
  var list = document.getElementById('form-error-list');
  if (!container || !window.FormViewer) { return; }

  function showErrors(items) {
    list.innerHTML = '';
    items.forEach(function (item) {
      var li = document.createElement('li');
      if (item.target) {
        var a = document.createElement('a');
        a.href = '#' + item.target;
        a.textContent = item.message;
        li.appendChild(a);
      } else {
        li.textContent = item.message;
      }
      list.appendChild(li);
    });
    summary.hidden = items.length === 0;
    if (items.length) { summary.focus(); }
  }

  function inputId(form, fieldId) {
    return 'fjs-form-' + form._id + '-' + fieldId;
  }

  fetch(container.dataset.source, { headers: { Accept: 'application/json' } })
    .then(function (response) { return response.json(); })
    .then(function (task) {
      var schema = JSON.parse(task.form);
      var form = new FormViewer.Form({ container: container });
      var labels = {};
      var ids = {};
      (function collect(components) {
        (components || []).forEach(function (c) {
          if (c.key) { labels[c.id] = c.label || c.dateLabel || c.key; ids[c.key] = c.id; }
          collect(c.components);
        });
      })(schema.components);
      return form.importSchema(schema, task.data).then(function () {
        container.querySelector('.cj-no-script') && container.querySelector('.cj-no-script').remove();
        button.addEventListener('click', function () {
          var result = form.submit();
          var fieldErrors = Object.keys(result.errors || {});
          if (fieldErrors.length) {
            showErrors(fieldErrors.map(function (id) {
              return { message: labels[id] + ': ' + result.errors[id].join(' '), target: inputId(form, id) };
            }));
            return;
          }
          button.disabled = true;
          var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
          headers[container.dataset.csrfHeader] = container.dataset.csrfToken;
          var body = { values: result.data };
          if (task.knownChildId) { body.knownChildId = task.knownChildId; }
          fetch(container.dataset.submit, { method: 'POST', headers: headers, body: JSON.stringify(body) })
            .then(function (response) {
              return response.json().then(function (body) { return { ok: response.ok, body: body }; });
            })
            .then(function (answer) {
              if (answer.ok) { window.location.assign(answer.body.next); return; }
              button.disabled = false;
              var items = (answer.body.errors || []).map(function (e) {
                return { message: e.message, target: ids[e.field] ? inputId(form, ids[e.field]) : null };
              });
              showErrors(items.length ? [{ message: answer.body.detail }].concat(items) : [{ message: answer.body.detail }]);
            })
            .catch(function () {
              button.disabled = false;
              showErrors([{ message: 'The form could not be sent. Check your connection and try again: nothing was saved.' }]);
            });
        });
      });
    });
})();
