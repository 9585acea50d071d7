/*
 * Suggestions under the search boxes (progressive enhancement: without this file the boxes are
 * plain search forms). Follows the WAI-ARIA 1.2 combobox pattern with a list popup: arrow keys
 * move through the suggestions, Enter opens the chosen page, Escape closes the list, and a
 * polite live region says how many suggestions there are.
 */
(function () {
  "use strict";

  var DELAY_MS = 200;
  var MIN_CHARS = 2;
  var counter = 0;

  function enhance(input) {
    var url = input.getAttribute("data-autocomplete");
    var id = "search-suggestions-" + ++counter;
    var list = document.createElement("ul");
    var status = document.createElement("p");
    var timer = null;
    var active = -1;
    var items = [];
    var lastQuery = "";

    list.id = id;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Förslag");
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.parentNode.classList.add("has-suggestions");
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function choose(index) {
      active = index;
      items.forEach(function (item, position) {
        item.setAttribute("aria-selected", position === index ? "true" : "false");
      });
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", items[index].id);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function render(suggestions) {
      list.textContent = "";
      items = suggestions.map(function (suggestion, position) {
        var item = document.createElement("li");
        // Plain text: an option must not contain a link (nested interactive controls).
        item.id = id + "-" + position;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.setAttribute("data-url", suggestion.url);
        item.textContent = suggestion.title;
        item.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep focus in the box until the page changes
          window.location.href = suggestion.url;
        });
        list.appendChild(item);
        return item;
      });
      active = -1;
      if (items.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        status.textContent = items.length + " förslag" +
          ". Använd pil upp och pil ned för att välja.";
      } else {
        close();
        status.textContent = "";
      }
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) {
        return;
      }
      lastQuery = query;
      if (query.length < MIN_CHARS) {
        render([]);
        return;
      }
      fetch(url + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) {
          if (input.value.trim() === query) {
            render(data.suggestions || []);
          }
        })
        .catch(function () { render([]); });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden || !items.length) {
        return;
      }
      if (event.key === "ArrowDown") {
        event.preventDefault();
        choose((active + 1) % items.length);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        choose(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = items[active].getAttribute("data-url");
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", function () { window.setTimeout(close, 150); });
  }

  document.querySelectorAll("input[data-autocomplete]").forEach(enhance);
})();
