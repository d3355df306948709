// The live journey map: draws the model with bpmn-js (navigated viewer) and puts on each step the number of children
// there now (blue) and how many of them are overdue (red). Selecting a step opens the list of its children. The table
// under the diagram carries the same numbers for anyone who cannot use the diagram.
(function () {
  var container = document.getElementById('journey-map');
  var data = document.getElementById('journey-map-places');
  if (!container || !data || typeof BpmnJS === 'undefined') {
    return;
  }
  var places = JSON.parse(data.textContent);
  var team = container.getAttribute('data-team');
  var base = container.getAttribute('data-activity-base');
  var viewer = new BpmnJS({container: container});

  function childrenAt(id) {
    return base + encodeURIComponent(id) + (team ? '?team=' + encodeURIComponent(team) : '');
  }

  fetch(container.getAttribute('data-diagram'), {credentials: 'same-origin'})
    .then(function (response) { return response.text(); })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      var canvas = viewer.get('canvas');
      var overlays = viewer.get('overlays');
      var registry = viewer.get('elementRegistry');
      canvas.zoom('fit-viewport');
      places.forEach(function (place) {
        if (!registry.get(place.activityId) || place.children === 0) {
          return;
        }
        canvas.addMarker(place.activityId, 'cj-place');
        canvas.addMarker(place.activityId, place.overdue > 0 ? 'cj-late' : 'cj-here');
        var html = '<span class="cj-badge" title="Children here now">' + place.children + '</span>'
          + (place.overdue > 0 ? ' <span class="cj-badge cj-badge--late" title="Of them overdue">' + place.overdue + '</span>' : '');
        overlays.add(place.activityId, 'counts', {position: {top: -14, left: 0}, html: '<div class="cj-counts">' + html + '</div>'});
      });
      viewer.get('eventBus').on('element.click', function (event) {
        var place = places.find(function (p) { return p.activityId === event.element.id; });
        if (place && place.children > 0) {
          window.location.href = childrenAt(place.activityId);
        }
      });
      container.setAttribute('data-rendered', 'true');
    })
    .catch(function (error) {
      container.textContent = 'The diagram could not be drawn (' + error.message + '). The table below has the same numbers.';
    });
})();
