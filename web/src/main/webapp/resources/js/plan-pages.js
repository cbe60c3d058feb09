/*
 * Wires the floor plan (floorplan.js) into the pages: the organizer's editor (select, shift-select to
 * combine, drag to move), the exhibitor's booth picker and the visitors' directory (search lights up booths).
 * The plan and the words come from data attributes on #plan; the server answers changes with a new plan.
 */
(function () {
    'use strict';
    var host = document.getElementById('plan');
    if (!host) {
        return;
    }
    var mode = host.getAttribute('data-mode');
    var texts = JSON.parse(host.getAttribute('data-texts') || '{}');
    var data = document.getElementById('planData'); // the public page sends the plan in a script element
    var plan = WtcPlan.mount(host, JSON.parse(data ? data.textContent : host.getAttribute('data-plan')), {
        mode: mode,
        texts: texts,
        onSelect: function (booths) {
            if (mode === 'edit') {
                var field = document.getElementById('combine:numbers');
                if (field && booths.length > 1) {
                    field.value = booths.map(function (b) { return b.number; }).join(', ');
                }
                if (booths.length === 1 && window.wtcSelect) {
                    window.wtcSelect([{name: 'number', value: booths[0].number}]);
                }
            } else if (mode === 'pick') {
                if (booths.length === 1 && window.wtcSelect) {
                    window.wtcSelect([{name: 'number', value: booths[0].number}]);
                }
            } else if (mode === 'view') {
                var info = document.getElementById('boothInfo');
                if (info) {
                    var b = booths[0];
                    info.textContent = b ? b.number + (b.company ? ' · ' + b.company : ' · ' + (texts['status_' + b.status] || b.status)) : '';
                }
            }
        },
        onMove: function (booth, x, y) {
            if (window.wtcMove) {
                window.wtcMove([{name: 'number', value: booth.number}, {name: 'x', value: x}, {name: 'y', value: y}]);
            }
        }
    });

    /** The answer of a change on the server: the plan as it is now. */
    window.wtcPlanAnswer = function (xhr, status, args) {
        if (args && args.plan) {
            plan.update(JSON.parse(args.plan), args.selected);
        }
    };

    // the visitors' directory: as you type, the list narrows and the booths light up
    var search = document.getElementById('directorySearch');
    var category = document.getElementById('directoryCategory');
    /** As the server folds the entries' text: lower case, without Vietnamese diacritics ("Nội thất" → "noi that"). */
    function fold(text) {
        return text.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
            .toLowerCase().replace(/\s+/g, ' ');
    }
    function filter() {
        var q = fold((search ? search.value : '').trim());
        var c = category ? category.value : '';
        var hits = [];
        var shown = 0;
        Array.prototype.forEach.call(document.querySelectorAll('.directory-entry'), function (li) {
            var ok = (!q || li.getAttribute('data-search').indexOf(q) >= 0)
                && (!c || (' ' + li.getAttribute('data-categories') + ' ').indexOf(' ' + c + ' ') >= 0);
            li.hidden = !ok;
            if (ok) {
                shown++;
                hits = hits.concat(li.getAttribute('data-booths').split(' '));
            }
        });
        var count = document.getElementById('directoryCount');
        if (count) {
            count.textContent = String(shown);
        }
        plan.mark(q || c ? hits : null);
    }
    if (search) {
        search.addEventListener('input', filter);
    }
    if (category) {
        category.addEventListener('change', filter);
    }
    // a company picked in the list: its booths come into view on the plan, which scrolls into sight (on a phone
    // the plan sits above the list)
    Array.prototype.forEach.call(document.querySelectorAll('.directory-pick'), function (button) {
        button.addEventListener('click', function () {
            var booths = button.getAttribute('data-booths').split(' ').filter(Boolean);
            plan.show(booths);
            host.scrollIntoView({block: 'start'});
        });
    });
})();
