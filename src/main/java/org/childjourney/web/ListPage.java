package org.childjourney.web;

import org.springframework.ui.Model;

import java.util.List;

/**
 * One page of a list held in memory, for a page that shows it {@code size} rows at a time: the page asked for, kept
 * between the first and the last (a page past the end shows the last one).
 */
public record ListPage<T>(List<T> rows, int page, int pages, int first, int last, int total) {

    public static <T> ListPage<T> of(List<T> all, int requested, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int page = Math.min(Math.max(requested, 1), pages);
        int from = (page - 1) * size;
        int to = Math.min(all.size(), from + size);
        return new ListPage<>(all.subList(from, to), page, pages, all.isEmpty() ? 0 : from + 1, to, all.size());
    }

    /** What the templates' "Showing x to y of n" and previous/next links read. */
    public void addTo(Model model) {
        model.addAttribute("rows", rows);
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("first", first);
        model.addAttribute("last", last);
        model.addAttribute("total", total);
    }
}
