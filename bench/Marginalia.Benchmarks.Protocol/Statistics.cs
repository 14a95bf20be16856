namespace Marginalia.Benchmarks.Protocol;

/// <summary>Latencies of one kind of request, in milliseconds; null when the server does not implement it.</summary>
public sealed record Latency(int Count, double Median, double P95, double P99, double Max)
{
    public static Latency Of(IReadOnlyCollection<double> samples)
    {
        if (samples.Count == 0) return new Latency(0, double.NaN, double.NaN, double.NaN, double.NaN);
        var sorted = samples.Order().ToArray();
        return new Latency(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted[^1]);
    }

    /// <summary>Nearest-rank percentile.</summary>
    private static double Rank(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
