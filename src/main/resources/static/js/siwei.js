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

// Working-day calendar: a click on a weekday marks it 放假 (or takes the mark off), on a weekend day 调休; the
// lines of the text form below are rewritten to match, and saved with it.
document.addEventListener('click', function (event) {
  var cell = event.target.closest('button.cal-day');
  if (!cell) {
    return;
  }
  var text = document.getElementById('calDays');
  var name = (document.getElementById('calName').value || '').trim() || '节假日';
  var day = cell.getAttribute('data-day');
  var lines = {};
  text.value.split(/\r?\n/).forEach(function (line) {
    var l = line.trim();
    if (l && l.charAt(0) !== '#') {
      lines[l.split(/\s+/)[0]] = l;
    }
  });
  cell.classList.remove('k-HOLIDAY', 'k-WORKDAY');
  if (lines[day]) {
    delete lines[day];
    cell.setAttribute('data-kind', '');
    cell.setAttribute('aria-pressed', 'false');
    cell.title = day;
  } else {
    var weekend = cell.getAttribute('data-weekend') === 'true';
    var kind = weekend ? cell.getAttribute('data-workday') : cell.getAttribute('data-holiday');
    lines[day] = day + ' ' + kind + ' ' + name;
    cell.classList.add(weekend ? 'k-WORKDAY' : 'k-HOLIDAY');
    cell.setAttribute('data-kind', kind);
    cell.setAttribute('aria-pressed', 'true');
    cell.title = lines[day];
  }
  text.value = Object.keys(lines).sort().map(function (k) { return lines[k]; }).join('\n') + '\n';
});

// Working-day calendar: choosing another year shows that year's days to click.
document.addEventListener('change', function (event) {
  if (event.target.id === 'calYear' && document.querySelector('.cal-year') && /^\d{4}$/.test(event.target.value)) {
    window.location.search = '?year=' + event.target.value;
  }
});
