namespace Marginalia.Core.Checks;

/// <summary>How loudly a finding is reported; <see cref="Off"/> silences its check.</summary>
public enum Severity { Off, Hint, Information, Warning, Error }
