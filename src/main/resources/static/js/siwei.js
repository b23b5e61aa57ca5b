// Sends the CSRF token with every htmx request, so that htmx forms and buttons work like plain forms.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name=_csrf]');
  var header = document.querySelector('meta[name=_csrf_header]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Person picker: a click on a match puts its id into the hidden field and its name into the search box.
document.addEventListener('click', function (event) {
  var pick = event.target.closest('button.pick');
  if (!pick) {
    return;
  }
  var field = pick.getAttribute('data-field');
  document.getElementById(field).value = pick.getAttribute('data-id');
  document.getElementById(field + '-q').value = pick.getAttribute('data-label');
  document.getElementById(field + '-results').innerHTML = '';
});

// Reply templates: choosing one puts its text into the note field named by data-target.
document.addEventListener('change', function (event) {
  var select = event.target.closest('select.reply-template');
  if (!select || !select.value) {
    return;
  }
  document.getElementById(select.getAttribute('data-target')).value = select.value;
});
