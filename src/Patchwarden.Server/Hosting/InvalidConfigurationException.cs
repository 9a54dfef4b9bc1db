namespace Patchwarden.Server.Hosting;

/// <summary>Configuration that validated field by field but still cannot work (e.g. a connection string the engine rejects); <c>serve</c> exits 2.</summary>
public sealed class InvalidConfigurationException : Exception
{
    public InvalidConfigurationException()
    {
    }

    public InvalidConfigurationException(string message) : base(message)
    {
    }

    public InvalidConfigurationException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
