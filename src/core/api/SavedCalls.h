#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

// One call of the API console kept by name: its operation (an apiCallKey(): "request", "check",
// "search", "control", "psd2", "token") and its parameters in order. Never a secret nor a PIN:
// their values are dropped when a call is kept (SensitiveKeys).
struct SavedCall
{
    QString name;
    QString operation;
    QList<std::pair<QString, QString>> params;

    friend bool operator==(const SavedCall &a, const SavedCall &b)
    {
        return a.name == b.name && a.operation == b.operation && a.params == b.params;
    }
};

// The API console's saved calls, by name per profile, kept in a JSON file of their own; a set of
// them exported to and imported from a JSON file that can be handed to a colleague. A file that
// is not such a set changes nothing and gives a translated reason.
class SavedCalls
{
    Q_DECLARE_TR_FUNCTIONS(SavedCalls)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kMaxCalls = 1000;
    static constexpr qint64 kMaxFileBytes = qint64(4) * 1024 * 1024;

    // Works on the file `path` (read by load(), written by every change).
    explicit SavedCalls(QString path);

    // Reads the file; a missing file is an empty set. False with a translated reason when the
    // file cannot be used (nothing is kept from it, and it is not overwritten until a change).
    // An unreadable file is copied aside (".unreadable") before anything overwrites it.
    bool load(QString *error = nullptr);
    QString path() const { return m_path; }

    // The profile's calls, sorted by name.
    QList<SavedCall> calls(const QString &profileId) const;
    std::optional<SavedCall> call(const QString &profileId, const QString &name) const;
    // Adds or replaces (same name) a call, without its secrets; false with a reason when the
    // name is empty or the file cannot be written (nothing changes then).
    bool put(const QString &profileId, SavedCall call, QString *error = nullptr);
    bool remove(const QString &profileId, const QString &name, QString *error = nullptr);

    // A set of calls as a file to hand on (JSON, without secrets).
    static QByteArray exportJson(const QList<SavedCall> &calls);
    // The calls of such a file, or nothing with a translated reason.
    static std::optional<QList<SavedCall>> importJson(const QByteArray &json, QString *error);
    // exportJson() written to `path`; false with a translated reason.
    static bool writeExport(const QString &path, const QList<SavedCall> &calls, QString *error);
    // importJson() of the file at `path`.
    static std::optional<QList<SavedCall>> readImport(const QString &path, QString *error);
    // Every call of `calls` put for the profile, all or none; false with a reason.
    bool putAll(const QString &profileId, const QList<SavedCall> &calls, QString *error = nullptr);

    // `call` without the values of secret keys (client_secret, api_secret, code, pin …).
    static SavedCall withoutSecrets(SavedCall call);

private:
    bool write(const QHash<QString, QList<SavedCall>> &byProfile, QString *error) const;

    QString m_path;
    QHash<QString, QList<SavedCall>> m_byProfile;
};
