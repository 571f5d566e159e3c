package dev.xmsgen.runtime;

import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a pageable operation across all its pages. Pages are fetched lazily, one when
 * iteration reaches it; each new iteration starts again at the first page. A next link that an
 * iteration already followed (a page pointing at itself or at an earlier page) ends the iteration
 * with an {@link IllegalStateException} naming the link, instead of repeating pages forever.
 *
 * @param <T> the items' type
 */
public final class PagedIterable<T> implements Iterable<T> {
  private final Function<String, CompletableFuture<Page<T>>> pages;

  /**
   * Items from {@code pages}, which fetches the page at a next link, or the first page for {@code
   * null}. Public so tests of code that uses clients can build one.
   */
  public PagedIterable(Function<String, CompletableFuture<Page<T>>> pages) {
    this.pages = Objects.requireNonNull(pages, "pages");
  }

  /** Every item of every page, fetching pages as needed. */
  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pageIterator = byPage().iterator();
    return new Iterator<T>() {
      private Iterator<T> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && pageIterator.hasNext()) {
          current = pageIterator.next().items().iterator();
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** The items as a sequential stream; pages are fetched as the stream is consumed. */
  public Stream<T> stream() {
    return StreamSupport.stream(spliterator(), false);
  }

  /** The pages, from the first. */
  public Iterable<Page<T>> byPage() {
    return () -> new PageIterator(null);
  }

  /** The pages from the one at {@code nextLink} (a {@link Page#nextLink()} kept earlier). */
  public Iterable<Page<T>> byPage(String nextLink) {
    Objects.requireNonNull(nextLink, "nextLink");
    return () -> new PageIterator(nextLink);
  }

  /** The first page, without blocking. */
  public CompletableFuture<Page<T>> firstPageAsync() {
    return pages.apply(null);
  }

  /** The page at {@code nextLink}, without blocking. */
  public CompletableFuture<Page<T>> pageAsync(String nextLink) {
    return pages.apply(Objects.requireNonNull(nextLink, "nextLink"));
  }

  /** The page, its failure rethrown as it was rather than wrapped. */
  private static <P> P await(CompletableFuture<P> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e;
      while (cause instanceof CompletionException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw e;
    }
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private final Set<String> followed = new HashSet<>();
    private String link;
    private boolean started;

    PageIterator(String link) {
      this.link = link;
      this.started = link != null;
    }

    @Override
    public boolean hasNext() {
      return !started || link != null;
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (link != null) {
        followed.add(link);
      }
      Page<T> page = await(pages.apply(link));
      started = true;
      link = page.nextLink();
      if (link != null && followed.contains(link)) {
        throw new IllegalStateException(
            "the service sent a next link this iteration already followed, so the pages would"
                + " repeat forever; iteration stops: "
                + link);
      }
      return page;
    }
  }
}
