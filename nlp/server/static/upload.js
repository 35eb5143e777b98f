/* Upload page: send each dropped file to /api/ingest with upload progress, then poll its ingest job. */
"use strict";
(function () {
  var form = document.getElementById("upload-form");
  var drop = document.getElementById("drop");
  var input = document.getElementById("file-input");
  var tbody = document.querySelector("#jobs tbody");
  if (!form || !drop || !input || !tbody) return;

  function row(name) {
    var tr = document.createElement("tr");
    ["name", "bar", "status", "result"].forEach(function () { tr.appendChild(document.createElement("td")); });
    tr.cells[0].textContent = name;                 // textContent: a file name is never markup
    var bar = document.createElement("progress"); bar.max = 100; bar.value = 0;
    tr.cells[1].appendChild(bar);
    tbody.insertBefore(tr, tbody.firstChild);
    return tr;
  }
  function setStatus(tr, status, message, docId) {
    tr.cells[2].textContent = status;
    tr.cells[2].className = "status st-" + status;
    tr.cells[3].textContent = message || "";
    if (docId) {
      var a = document.createElement("a");
      a.href = "/docs/" + encodeURIComponent(docId); a.textContent = "open";
      tr.cells[3].appendChild(document.createTextNode(" ")); tr.cells[3].appendChild(a);
    }
  }
  function poll(tr, jobId) {
    fetch("/api/ingest/" + encodeURIComponent(jobId)).then(function (r) { return r.json(); }).then(function (job) {
      var bar = tr.cells[1].firstChild;
      if (job.status === "queued" || job.status === "running") {
        bar.removeAttribute("value");               // indeterminate while the server reads and embeds
        var what = job.stage === "embedding" ? "stored; embedding and tagging… " : "reading and extracting events… ";
        setStatus(tr, job.status, job.status === "running" ? what + job.elapsed_s + " s" : "waiting for the file before it");
        setTimeout(function () { poll(tr, jobId); }, 700);
      } else {
        bar.value = 100;
        setStatus(tr, job.status, job.message, job.doc_id);
      }
    }).catch(function () { setStatus(tr, "failed", "lost contact with the server"); });
  }
  function send(file) {
    var tr = row(file.name);
    var data = new FormData(); data.append("file", file);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/ingest");
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) tr.cells[1].firstChild.value = Math.round(50 * e.loaded / e.total);
      setStatus(tr, "uploading", Math.round(100 * e.loaded / (e.total || 1)) + " %");
    };
    xhr.onload = function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
      if (xhr.status === 202) { tr.cells[1].firstChild.value = 50; poll(tr, body.job_id); }
      else { tr.cells[1].firstChild.value = 100; setStatus(tr, "refused", body.error || ("HTTP " + xhr.status)); }
    };
    xhr.onerror = function () { setStatus(tr, "failed", "upload interrupted"); };
    xhr.send(data);
  }
  function sendAll(files) { Array.prototype.forEach.call(files, send); input.value = ""; }

  input.addEventListener("change", function () { sendAll(input.files); });
  form.addEventListener("submit", function (e) { e.preventDefault(); sendAll(input.files); });
  ["dragenter", "dragover"].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (e) { sendAll(e.dataTransfer.files); });
  // Jobs listed by the server when the page loaded: keep following the unfinished ones.
  Array.prototype.forEach.call(tbody.rows, function (tr) {
    var s = tr.cells[2].textContent.trim();
    if (s === "queued" || s === "running") poll(tr, tr.getAttribute("data-job"));
  });
})();
