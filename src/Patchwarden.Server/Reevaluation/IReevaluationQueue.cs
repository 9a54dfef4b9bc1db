namespace Patchwarden.Server.Reevaluation;

/// <summary>Hands changes to the background re-evaluation; writers enqueue and return at once.</summary>
public interface IReevaluationQueue
{
    /// <summary>Queues the change; never blocks.</summary>
    void Enqueue(ReevaluationRequest request);

    /// <summary>Completes when every request queued so far has been worked off (tests and orderly shutdown wait on it).</summary>
    Task WaitForIdleAsync(CancellationToken cancellationToken);
}
