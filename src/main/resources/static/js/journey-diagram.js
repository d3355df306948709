// Draws each stage of the child's journey on its BPMN model (bpmn-js viewer): done steps shaded, current steps outlined.
(function () {
  'use strict';
  if (!window.BpmnJS) { return; }
  document.querySelectorAll('.cj-diagram').forEach(function (container) {
    var ids = function (list) { return list ? list.split(',').filter(Boolean) : []; };
    fetch(container.dataset.bpmn, { headers: { Accept: 'application/xml' } })
      .then(function (response) { return response.text(); })
      .then(function (xml) {
        var viewer = new BpmnJS({ container: container });
        return viewer.importXML(xml).then(function () {
          var canvas = viewer.get('canvas');
          var registry = viewer.get('elementRegistry');
          ids(container.dataset.visited).forEach(function (id) { if (registry.get(id)) { canvas.addMarker(id, 'cj-visited'); } });
          ids(container.dataset.current).forEach(function (id) { if (registry.get(id)) { canvas.addMarker(id, 'cj-current'); } });
          canvas.zoom('fit-viewport');
          // A picture for sighted users; the steps listed under it say the same for everyone, so it takes no keyboard focus.
          container.querySelectorAll('[tabindex]').forEach(function (el) { el.setAttribute('tabindex', '-1'); });
          container.querySelectorAll('svg').forEach(function (svg) { svg.setAttribute('aria-hidden', 'true'); svg.setAttribute('focusable', 'false'); });
        });
      })
      .catch(function () { container.textContent = 'The diagram could not be drawn; the steps are listed below.'; });
  });
})();
