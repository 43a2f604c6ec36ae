package quod;

/** Pages that several tests read, each like a part of the walkthrough. */
public final class SamplePages {
    private SamplePages() {
    }

    /**
     * A loop that fills a vector with a random recurrence, a check, a value in prose, and a log-scale
     * plot of two series with a legend: the plot's fence is on line 15.
     */
    public static final String LOOP_AND_PLOT = """
            ```compute
            W = randn(4, 4) / 2
            Q = randorth(4)
            h = ones(4, 1)
            g = zeros(30, 1)
            for t = 0:29
              h = tanh(W*h + 0.1*randn(4, 1))
              g(t) = norm2(h) + 0.01
            end
            show W
            check normF(Q'*Q - eye(4)) < 1e-12
            check "tanh keeps h in the unit cube": max(abs(h)) <= 1
            ```
            The last norm is {{ g(29) }}.
            ```plot
            title: Norm of h
            y: g, 2*g
            legend: g, twice g
            xlabel: step t
            yscale: log
            ```
            """;
}
