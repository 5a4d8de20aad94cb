// The voxel page's slice slider: swaps the slice image (served per slice by the server).
(function () {
  const slider = document.getElementById('vx-slice');
  const image = document.getElementById('vx-slice-image');
  const number = document.getElementById('vx-slice-number');
  if (!slider || !image) {
    return;
  }
  slider.addEventListener('input', function () {
    number.textContent = slider.value;
    image.src = image.dataset.base + '?z=' + slider.value;
  });
})();
