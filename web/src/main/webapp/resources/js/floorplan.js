/*
 * WTC Expo floor plans: draws an event's halls to scale in SVG (1 unit = 1 cm), with pillars, fire exits,
 * doors and booths coloured by state; zoom with the wheel, the buttons or a pinch; pan by dragging the
 * floor. Modes: 'view' (visitors), 'pick' (exhibitors choose a booth), 'edit' (organizers select, shift-
 * select to combine, drag to move). One SVG string per hall is built at once, so 800 booths draw in a
 * few milliseconds; events are handled once on the SVG (delegation), not per booth.
 */
(function (global) {
    'use strict';

    var NS = 'http://www.w3.org/2000/svg';

    function esc(s) {
        return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
            return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
        });
    }

    function Plan(root, data, options) {
        this.root = root;
        this.data = data;
        this.options = options || {};
        this.mode = this.options.mode || 'view';
        this.hallIndex = 0;
        this.selected = [];
        this.highlight = null;
        this.build();
    }

    Plan.prototype.build = function () {
        var self = this;
        var t = this.options.texts || {};
        this.root.innerHTML = '';
        this.root.classList.add('fp');
        if (this.data.halls.length > 1) {
            var tabs = document.createElement('div');
            tabs.className = 'fp-tabs';
            tabs.setAttribute('role', 'group');
            tabs.setAttribute('aria-label', t.halls || 'Halls');
            this.data.halls.forEach(function (h, i) {
                var b = document.createElement('button');
                b.type = 'button';
                b.className = 'fp-tab';
                b.textContent = h.hall + ' · ' + h.name;
                b.setAttribute('aria-pressed', i === self.hallIndex ? 'true' : 'false');
                b.addEventListener('click', function () {
                    self.hallIndex = i;
                    self.selected = [];
                    self.build();
                });
                tabs.appendChild(b);
            });
            this.root.appendChild(tabs);
        }
        var bar = document.createElement('div');
        bar.className = 'fp-zoom';
        [['+', t.zoomIn || 'Zoom in', 0.8], ['−', t.zoomOut || 'Zoom out', 1.25], ['⤢', t.zoomReset || 'Whole hall', 0]]
            .forEach(function (z) {
                var b = document.createElement('button');
                b.type = 'button';
                b.className = 'fp-zoom-btn';
                b.textContent = z[0];
                b.setAttribute('aria-label', z[1]);
                b.title = z[1];
                b.addEventListener('click', function () {
                    if (z[2] === 0) {
                        self.reset();
                    } else {
                        self.zoom(z[2]);
                    }
                });
                bar.appendChild(b);
            });
        this.root.appendChild(bar);
        var stage = document.createElement('div');
        stage.className = 'fp-stage';
        this.root.appendChild(stage);
        this.stage = stage;
        this.draw();
    };

    Plan.prototype.hall = function () {
        return this.data.halls[this.hallIndex];
    };

    Plan.prototype.draw = function () {
        var h = this.hall();
        var t = this.options.texts || {};
        if (!h || h.widthM == null) {
            this.stage.innerHTML = '<p class="fp-empty">' + esc(t.noOutline || 'No outline') + '</p>';
            return;
        }
        var W = Math.round(h.widthM * 100), D = Math.round(h.depthM * 100);
        var parts = [];
        parts.push('<svg xmlns="' + NS + '" class="fp-svg" viewBox="0 0 ' + W + ' ' + D + '" role="img" aria-label="'
            + esc((t.planOf || 'Floor plan of') + ' ' + h.hall + ' · ' + h.name + ' (' + h.widthM + ' × ' + h.depthM + ' m)') + '">');
        parts.push('<defs><pattern id="fp-hatch" width="60" height="60" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
            + '<rect width="60" height="60" fill="#e2e2e2"/><line x1="0" y1="0" x2="0" y2="60" stroke="#9a9a9a" stroke-width="14"/></pattern></defs>');
        parts.push('<rect class="fp-floor" x="0" y="0" width="' + W + '" height="' + D + '"/>');
        for (var gx = 1000; gx < W; gx += 1000) {
            parts.push('<line class="fp-grid" x1="' + gx + '" y1="0" x2="' + gx + '" y2="' + D + '"/>');
        }
        for (var gy = 1000; gy < D; gy += 1000) {
            parts.push('<line class="fp-grid" x1="0" y1="' + gy + '" x2="' + W + '" y2="' + gy + '"/>');
        }
        (h.features || []).forEach(function (f) {
            parts.push('<rect class="fp-feature fp-' + esc(f.kind) + '" x="' + Math.round(f.xM * 100) + '" y="' + Math.round(f.yM * 100)
                + '" width="' + Math.round(f.widthM * 100) + '" height="' + Math.round(f.depthM * 100) + '"><title>'
                + esc(f.label || f.kind) + '</title></rect>');
        });
        var self = this;
        h.booths.forEach(function (b) {
            var x = Math.round(b.xM * 100), y = Math.round(b.yM * 100), w = Math.round(b.widthM * 100), d = Math.round(b.depthM * 100);
            var cls = 'fp-booth fp-' + b.status + (self.selected.indexOf(b.number) >= 0 ? ' fp-selected' : '')
                + (self.highlight && self.highlight.indexOf(b.number) < 0 ? ' fp-dim' : '')
                + (self.highlight && self.highlight.indexOf(b.number) >= 0 ? ' fp-hit' : '');
            parts.push('<g class="' + cls + '" data-number="' + esc(b.number) + '">');
            parts.push('<rect x="' + x + '" y="' + y + '" width="' + w + '" height="' + d + '"/>');
            var size = Math.max(40, Math.min(110, Math.min(w, d) / 3));
            parts.push('<text x="' + (x + w / 2) + '" y="' + (y + d / 2 + size / 3) + '" font-size="' + size + '">' + esc(b.number) + '</text>');
            if (b.company && w >= 500) {
                parts.push('<text class="fp-company" x="' + (x + w / 2) + '" y="' + (y + d / 2 + size * 1.4) + '" font-size="'
                    + Math.round(size * 0.6) + '">' + esc(b.company.length > 22 ? b.company.slice(0, 21) + '…' : b.company) + '</text>');
            }
            parts.push('<title>' + esc(b.number + ' · ' + (t['status_' + b.status] || b.status)
                + (b.company ? ' · ' + b.company : '')) + '</title></g>');
        });
        parts.push('</svg>');
        this.stage.innerHTML = parts.join('');
        this.svg = this.stage.firstChild;
        this.view = this.view && this.viewHall === this.hallIndex ? this.view : {x: 0, y: 0, w: W, h: D};
        this.viewHall = this.hallIndex;
        this.apply();
        this.wire();
    };

    Plan.prototype.apply = function () {
        this.svg.setAttribute('viewBox', this.view.x + ' ' + this.view.y + ' ' + this.view.w + ' ' + this.view.h);
    };

    Plan.prototype.reset = function () {
        var h = this.hall();
        this.view = {x: 0, y: 0, w: Math.round(h.widthM * 100), h: Math.round(h.depthM * 100)};
        this.apply();
    };

    Plan.prototype.zoom = function (factor, cx, cy) {
        var v = this.view;
        var h = this.hall();
        var maxW = Math.round(h.widthM * 100) * 1.5;
        var nw = Math.max(600, Math.min(maxW, v.w * factor));
        var f = nw / v.w;
        var px = cx == null ? v.x + v.w / 2 : cx, py = cy == null ? v.y + v.h / 2 : cy;
        this.view = {x: px - (px - v.x) * f, y: py - (py - v.y) * f, w: v.w * f, h: v.h * f};
        this.apply();
    };

    /** The point under a client position, in plan units (cm). */
    Plan.prototype.point = function (clientX, clientY) {
        var r = this.svg.getBoundingClientRect();
        var s = Math.max(this.view.w / r.width, this.view.h / r.height);
        var offX = (r.width * s - this.view.w) / 2, offY = (r.height * s - this.view.h) / 2;
        return {x: this.view.x + (clientX - r.left) * s - offX, y: this.view.y + (clientY - r.top) * s - offY, scale: s};
    };

    Plan.prototype.booth = function (number) {
        return this.hall().booths.filter(function (b) { return b.number === number; })[0];
    };

    Plan.prototype.wire = function () {
        var self = this;
        var svg = this.svg;
        var drag = null;
        var pointers = {};
        svg.addEventListener('wheel', function (e) {
            e.preventDefault();
            var p = self.point(e.clientX, e.clientY);
            self.zoom(e.deltaY > 0 ? 1.15 : 0.87, p.x, p.y);
        }, {passive: false});
        svg.addEventListener('pointerdown', function (e) {
            pointers[e.pointerId] = {x: e.clientX, y: e.clientY};
            var g = e.target.closest ? e.target.closest('.fp-booth') : null;
            var p = self.point(e.clientX, e.clientY);
            if (g && self.mode === 'edit' && !e.shiftKey) {
                var b = self.booth(g.getAttribute('data-number'));
                drag = {kind: 'booth', g: g, booth: b, start: p, moved: false};
            } else {
                drag = {kind: 'pan', start: {x: e.clientX, y: e.clientY}, view: {x: self.view.x, y: self.view.y}, g: g, moved: false};
            }
            svg.setPointerCapture(e.pointerId);
        });
        svg.addEventListener('pointermove', function (e) {
            if (pointers[e.pointerId]) {
                pointers[e.pointerId] = {x: e.clientX, y: e.clientY};
            }
            var ids = Object.keys(pointers);
            if (ids.length === 2) {
                // pinch: zoom by the change of distance between two fingers
                var a = pointers[ids[0]], b = pointers[ids[1]];
                var dist = Math.hypot(a.x - b.x, a.y - b.y);
                if (self.pinch) {
                    var mid = self.point((a.x + b.x) / 2, (a.y + b.y) / 2);
                    self.zoom(self.pinch / dist, mid.x, mid.y);
                }
                self.pinch = dist;
                drag = null;
                return;
            }
            if (!drag) {
                return;
            }
            if (drag.kind === 'pan') {
                var s = self.point(0, 0).scale;
                var dx = (e.clientX - drag.start.x) * s, dy = (e.clientY - drag.start.y) * s;
                if (Math.abs(dx) + Math.abs(dy) > 2 * s) {
                    drag.moved = true;
                }
                self.view.x = drag.view.x - dx;
                self.view.y = drag.view.y - dy;
                self.apply();
            } else {
                var p = self.point(e.clientX, e.clientY);
                var mx = Math.round((p.x - drag.start.x) / 50) * 50, my = Math.round((p.y - drag.start.y) / 50) * 50;
                if (mx !== 0 || my !== 0) {
                    drag.moved = true;
                }
                drag.dx = mx;
                drag.dy = my;
                drag.g.setAttribute('transform', 'translate(' + mx + ' ' + my + ')');
            }
        });
        function end(e) {
            delete pointers[e.pointerId];
            if (Object.keys(pointers).length < 2) {
                self.pinch = null;
            }
            if (!drag) {
                return;
            }
            var d = drag;
            drag = null;
            if (d.kind === 'booth' && d.moved && self.options.onMove) {
                var nx = Math.max(0, Math.round(d.booth.xM * 100) + d.dx) / 100;
                var ny = Math.max(0, Math.round(d.booth.yM * 100) + d.dy) / 100;
                self.options.onMove(d.booth, nx, ny);
                return;
            }
            if (d.moved) {
                return;
            }
            var g = d.g;
            if (!g) {
                if (!e.shiftKey) {
                    self.select([]);
                }
                return;
            }
            var number = g.getAttribute('data-number');
            if (self.mode === 'edit' && e.shiftKey) {
                var i = self.selected.indexOf(number);
                var next = self.selected.slice();
                if (i >= 0) {
                    next.splice(i, 1);
                } else {
                    next.push(number);
                }
                self.select(next);
            } else {
                self.select([number]);
            }
        }
        svg.addEventListener('pointerup', end);
        svg.addEventListener('pointercancel', end);
    };

    /** Selects booths by number and tells the page. */
    Plan.prototype.select = function (numbers) {
        this.selected = numbers;
        var self = this;
        Array.prototype.forEach.call(this.svg.querySelectorAll('.fp-booth'), function (g) {
            g.classList.toggle('fp-selected', numbers.indexOf(g.getAttribute('data-number')) >= 0);
        });
        if (this.options.onSelect) {
            this.options.onSelect(numbers.map(function (n) { return self.booth(n); }).filter(Boolean));
        }
    };

    /** Shows only the booths whose number is in {@code numbers} (null: all). */
    Plan.prototype.mark = function (numbers) {
        this.highlight = numbers;
        this.draw();
    };

    /**
     * Brings booths into view: switches to the hall of the first of them, zooms to the box around those in that
     * hall (with a margin of 3 m, never closer than the zoom allows) and selects them.
     */
    Plan.prototype.show = function (numbers) {
        var self = this;
        var index = -1;
        this.data.halls.forEach(function (h, i) {
            if (index < 0 && h.booths.some(function (b) { return numbers.indexOf(b.number) >= 0; })) {
                index = i;
            }
        });
        if (index < 0) {
            return;
        }
        if (index !== this.hallIndex) {
            this.hallIndex = index;
            this.selected = [];
            this.build();
        }
        var inHall = this.hall().booths.filter(function (b) { return numbers.indexOf(b.number) >= 0; });
        var x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
        inHall.forEach(function (b) {
            x1 = Math.min(x1, b.xM * 100);
            y1 = Math.min(y1, b.yM * 100);
            x2 = Math.max(x2, (b.xM + b.widthM) * 100);
            y2 = Math.max(y2, (b.yM + b.depthM) * 100);
        });
        var w = Math.max(1200, x2 - x1 + 600), d = Math.max(900, y2 - y1 + 600);
        this.view = {x: (x1 + x2) / 2 - w / 2, y: (y1 + y2) / 2 - d / 2, w: w, h: d};
        this.apply();
        this.select(inHall.map(function (b) { return b.number; }));
    };

    /**
     * New data from the server: draws it again, keeping the hall, the zoom and the selection where possible, or
     * selecting what the server says its form shows.
     * The page already shows the answer, so the selection is not announced again.
     */
    Plan.prototype.update = function (data, selected) {
        this.data = data;
        var self = this;
        if (typeof selected === 'string') {
            // the server names the booth its form shows now (a combined booth after a combine; none after a split)
            this.selected = selected ? [selected] : [];
        }
        this.selected = this.selected.filter(function (n) { return !!self.booth(n); });
        this.draw();
    };

    global.WtcPlan = {
        mount: function (root, data, options) {
            return new Plan(root, data, options);
        }
    };
})(window);
