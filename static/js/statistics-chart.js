/*
 * Regional statistics: enhances the server-rendered SVG charts (figure[data-chart]).
 * Without this script the chart is a static image with <title> tooltips and the table beside it
 * holds every value. With it:
 * - every point (or bar) is reachable with the keyboard: Tab enters the chart on one point, the
 *   arrow keys move along a series (left/right) and between series (up/down), Home/End jump;
 * - a tooltip shows the point's value on hover and on keyboard focus (Escape hides it);
 * - the legend becomes checkboxes that show or hide each series.
 * No dependencies, no network.
 */
(function () {
    "use strict";

    function enhance(figure) {
        var svg = figure.querySelector("svg");
        var points = Array.prototype.slice.call(svg.querySelectorAll(".chart__point"));
        if (!points.length) {
            return;
        }
        var tooltip = document.createElement("div");
        tooltip.className = "chart__tooltip";
        tooltip.hidden = true;
        tooltip.setAttribute("aria-hidden", "true"); // the focused point's own name is read out
        figure.appendChild(tooltip);

        // The chart becomes a group of focusable images, each named by its value.
        svg.setAttribute("role", "group");
        points.forEach(function (point) {
            var title = point.querySelector("title");
            if (title) {
                title.parentNode.removeChild(title); // our tooltip replaces the browser's
            }
            point.setAttribute("role", "img");
            point.setAttribute("aria-label", point.getAttribute("data-label"));
            point.setAttribute("tabindex", "-1");
            point.addEventListener("mouseenter", function () { show(point); });
            point.addEventListener("mouseleave", hide);
            point.addEventListener("focus", function () { show(point); });
            point.addEventListener("blur", hide);
        });
        setTabStop(points[0]);

        var help = document.createElement("p");
        help.className = "chart__help";
        help.id = figure.id + "-help";
        help.textContent = "Tabba till diagrammet och flytta mellan värdena med piltangenterna.";
        svg.setAttribute("aria-describedby", help.id);
        figure.insertBefore(help, svg);

        function visiblePoints() {
            return points.filter(function (point) {
                return !point.closest(".is-hidden");
            });
        }

        function setTabStop(target) {
            points.forEach(function (point) {
                point.setAttribute("tabindex", point === target ? "0" : "-1");
            });
        }

        function show(point) {
            var box = point.getBoundingClientRect();
            var frame = figure.getBoundingClientRect();
            tooltip.textContent = point.getAttribute("data-label");
            tooltip.style.left = (box.left + box.width / 2 - frame.left) + "px";
            tooltip.style.top = (box.top - frame.top) + "px";
            tooltip.hidden = false;
            points.forEach(function (other) { other.classList.toggle("is-active", other === point); });
        }

        function hide() {
            tooltip.hidden = true;
            points.forEach(function (point) { point.classList.remove("is-active"); });
        }

        function seriesOf(point) {
            return point.closest("[data-series]");
        }

        function centre(point) {
            var box = point.getBoundingClientRect();
            return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }

        function move(from, key) {
            var visible = visiblePoints();
            var index = visible.indexOf(from);
            if (key === "Home") {
                return visible[0];
            }
            if (key === "End") {
                return visible[visible.length - 1];
            }
            if (figure.classList.contains("chart--bar") || key === "ArrowLeft" || key === "ArrowRight") {
                var step = (key === "ArrowLeft" || key === "ArrowUp") ? -1 : 1;
                var next = visible[index + step];
                if (!next || (!figure.classList.contains("chart--bar") && seriesOf(next) !== seriesOf(from))) {
                    return from;
                }
                return next;
            }
            // Up/down in a line chart: the nearest point of the next series above or below.
            var here = centre(from);
            var best = null;
            var bestDistance = Infinity;
            visible.forEach(function (point) {
                if (seriesOf(point) === seriesOf(from)) {
                    return;
                }
                var there = centre(point);
                var below = there.y > here.y || (there.y === here.y && key === "ArrowDown");
                if ((key === "ArrowDown") !== below) {
                    return;
                }
                var distance = Math.abs(there.x - here.x) * 1000 + Math.abs(there.y - here.y);
                if (distance < bestDistance) {
                    best = point;
                    bestDistance = distance;
                }
            });
            return best || from;
        }

        svg.addEventListener("keydown", function (event) {
            var keys = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"];
            if (event.key === "Escape") {
                hide();
                return;
            }
            if (keys.indexOf(event.key) === -1 || !event.target.classList.contains("chart__point")) {
                return;
            }
            event.preventDefault();
            var target = move(event.target, event.key);
            setTabStop(target);
            target.focus();
        });

        addToggles();

        function addToggles() {
            var legend = figure.querySelector(".chart-legend");
            if (!legend) {
                return;
            }
            var fieldset = document.createElement("fieldset");
            fieldset.className = "chart-toggles";
            var caption = document.createElement("legend");
            caption.className = "chart-toggles__legend";
            caption.textContent = "Visa i diagrammet";
            fieldset.appendChild(caption);
            legend.parentNode.insertBefore(fieldset, legend);
            fieldset.appendChild(legend);
            legend.removeAttribute("aria-label");
            Array.prototype.forEach.call(legend.querySelectorAll(".chart-legend__item"), function (item) {
                var series = item.getAttribute("data-series");
                var box = document.createElement("input");
                box.type = "checkbox";
                box.checked = true;
                box.id = figure.id + "-serie-" + series;
                var label = document.createElement("label");
                label.htmlFor = box.id;
                while (item.firstChild) {
                    label.appendChild(item.firstChild);
                }
                item.appendChild(box);
                item.appendChild(label);
                box.addEventListener("change", function () {
                    var group = svg.querySelector('.chart__series[data-series="' + series + '"]');
                    group.classList.toggle("is-hidden", !box.checked);
                    var focusable = svg.querySelector('.chart__point[tabindex="0"]');
                    if (!focusable || focusable.closest(".is-hidden")) {
                        var first = visiblePoints()[0];
                        if (first) {
                            setTabStop(first);
                        }
                    }
                });
            });
        }
    }

    Array.prototype.forEach.call(document.querySelectorAll("[data-chart]"), enhance);
})();
