namespace Patchwarden.Core.RateControl;

/// <summary>What a scheduler may do now: start <see cref="StartNow"/> more invocations, or stop dispatching for good.</summary>
/// <param name="StartNow">How many not-yet-started targets to dispatch now; 0 when stopped or at the concurrency limit.</param>
/// <param name="Stop">True once errors exceed <c>MaxErrors</c>: nothing more starts; in-flight invocations may finish.</param>
/// <param name="Reason">Why dispatch stopped, for the execution history; null while it goes on.</param>
public readonly record struct DispatchDecision(int StartNow, bool Stop, string? Reason);
