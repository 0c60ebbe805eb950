/* Quote Explorer embed helper: sizes each <iframe data-quote-explorer> to
   the height its page reports. No dependencies. A message is used only if
   it comes from that iframe's own window (event.source), from the origin
   of its src, and has the expected shape; anything else is ignored. */
(function () {
  'use strict';
  var TYPE = 'quote-explorer:height';
  var MAX_HEIGHT = 20000;

  function frameFor(event) {
    var frames = document.querySelectorAll('iframe[data-quote-explorer]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) return frames[i];
    }
    return null;
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (_) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
    var frame = frameFor(event);
    if (!frame || originOf(frame) !== event.origin) return;
    frame.style.height = Math.ceil(height) + 'px';
  });
})();
