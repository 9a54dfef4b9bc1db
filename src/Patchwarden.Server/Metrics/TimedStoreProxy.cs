using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace Patchwarden.Server.Metrics;

/// <summary>
/// Wraps a store interface so that every call is timed into <see cref="IServerMetrics.StoreOperation"/> as
/// <c>Interface.Method</c>. Properties that return another store interface (<c>store.Accounts</c>) are wrapped too.
/// </summary>
/// <remarks>A proxy rather than hand-written decorators: the store's interfaces grow, and a decorator per method would have to follow each change.</remarks>
public class TimedStoreProxy : DispatchProxy
{
    private object _target = null!; // Set by Wrap right after the proxy is created.
    private IServerMetrics _metrics = null!;
    private string _prefix = "";
    private readonly ConcurrentDictionary<MethodInfo, object?> _wrappedProperties = new();

    /// <summary>Wraps <paramref name="target"/>, an implementation of the interface <typeparamref name="T"/>.</summary>
    public static T Wrap<T>(T target, IServerMetrics metrics) where T : class => (T)(object)Wrap(typeof(T), target, metrics);

    private static TimedStoreProxy Wrap(Type interfaceType, object target, IServerMetrics metrics)
    {
        var proxy = (TimedStoreProxy)Create(interfaceType, typeof(TimedStoreProxy));
        proxy._target = target;
        proxy._metrics = metrics;
        proxy._prefix = interfaceType.Name.StartsWith('I') ? interfaceType.Name[1..] : interfaceType.Name;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.IsSpecialName && targetMethod.Name.StartsWith("get_", StringComparison.Ordinal) && IsStoreInterface(targetMethod.ReturnType))
        {
            return _wrappedProperties.GetOrAdd(targetMethod, method => method.Invoke(_target, args) is { } inner ? Wrap(method.ReturnType, inner, _metrics) : null);
        }

        if (!typeof(Task).IsAssignableFrom(targetMethod.ReturnType))
        {
            return Call(targetMethod, args); // Properties, DisposeAsync and the like: not store round trips worth timing.
        }

        var operation = $"{_prefix}.{targetMethod.Name}";
        var started = Stopwatch.GetTimestamp();
        Task task;
        try
        {
            task = (Task)Call(targetMethod, args)!; // A Task-returning method returns a task.
        }
        catch
        {
            _metrics.StoreOperation(operation, Stopwatch.GetElapsedTime(started), failed: true);
            throw;
        }

        task.ContinueWith(
            (done, state) => _metrics.StoreOperation((string)state!, Stopwatch.GetElapsedTime(started), done.IsFaulted),
            operation,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return task;
    }

    private object? Call(MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(_target, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            // Callers should see the store's own exception, not reflection's wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    private static bool IsStoreInterface(Type type) =>
        type.IsInterface && type.Namespace?.StartsWith("Patchwarden.Store", StringComparison.Ordinal) == true;
}
