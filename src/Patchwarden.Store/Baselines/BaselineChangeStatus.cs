namespace Patchwarden.Store.Baselines;

/// <summary>The result of a baseline or patch-group write the caller can act on.</summary>
public enum BaselineChangeStatus
{
    Done,
    NotFound,

    /// <summary>Create: a baseline with this id exists already.</summary>
    AlreadyExists,

    /// <summary>Delete: the baseline is a default or is registered to a patch group.</summary>
    InUse,

    /// <summary>The baseline is for another OS family than asked (update, default, patch-group registration).</summary>
    OperatingSystemMismatch,
}
