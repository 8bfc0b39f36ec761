#include "PhoneEngine.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibrary>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace phone {

namespace {

QStringList &candidatesForTesting()
{
    static QStringList paths;
    return paths;
}

// What is left when the module cannot be loaded: every number is unreadable, and says why.
class MissingAsYouType final : public AsYouType
{
public:
    QString format(const QString &significant, qsizetype rememberAfter,
                   int *rememberedBytes) override
    {
        // Digits and '+' only: one UTF-8 byte each; the position is after the remembered digit.
        if (rememberedBytes)
            *rememberedBytes = rememberAfter < 0 ? 0 : int(rememberAfter) + 1;
        return significant;
    }
};

class MissingEngine final : public Engine
{
public:
    Parsed parse(const QString &, const QString &) const override
    {
        Parsed parsed;
        parsed.error = PhoneNumber::Error::ModuleMissing;
        return parsed;
    }
    std::unique_ptr<AsYouType> asYouType(const QString &) const override
    {
        return std::make_unique<MissingAsYouType>();
    }
    PhoneNumber::RegionDialling regionDialling(const QString &) const override { return {}; }
};

// Where the module is: beside an installed binary (bin/ → lib…/verifydesk/); for a program run
// from its build tree (the app, tests, benchmarks), also in that tree.
QStringList moduleCandidates()
{
    if (!candidatesForTesting().isEmpty())
        return candidatesForTesting();
    const QString name = QStringLiteral(VERIFYDESK_PHONE_MODULE_NAME);
    QStringList candidates;
    bool inBuildTree = true;
    if (QCoreApplication::instance()) {
        const QString binDir = QCoreApplication::applicationDirPath();
        candidates.append(QDir::cleanPath(
            binDir + u'/' + QStringLiteral(VERIFYDESK_MODULE_DIR_FROM_BINDIR) + u'/' + name));
        inBuildTree = binDir.startsWith(QStringLiteral(VERIFYDESK_BUILD_ROOT) + u'/');
    }
    if (inBuildTree)
        candidates.append(QStringLiteral(VERIFYDESK_MODULE_BUILD_DIR) + u'/' + name);
    return candidates;
}

const Engine *load()
{
    QStringList tried;
    for (const QString &path : moduleCandidates()) {
        if (!QFile::exists(path)) {
            tried.append(path);
            continue;
        }
        // The module stays loaded when this object goes: only unload() would unload it.
        QLibrary library(path);
        const auto entry = reinterpret_cast<VerifyDeskPhoneEngineEntry>(
            library.resolve(VERIFYDESK_PHONE_ENGINE_ENTRY));
        if (const Engine *found = entry ? entry() : nullptr) {
            qCDebug(lcPhone) << "phone-number module loaded from" << path;
            return found;
        }
        tried.append(path + u" ("_s + library.errorString() + u')');
    }
    qCCritical(lcPhone).noquote() << "cannot load the phone-number module; looked for:"
                                  << tried.join(u", "_s);
    static const MissingEngine missing;
    return &missing;
}

} // namespace

void setModuleCandidatesForTesting(const QStringList &paths)
{
    candidatesForTesting() = paths;
}

const Engine &engine()
{
    static const Engine *const loaded = load();
    return *loaded;
}

} // namespace phone
