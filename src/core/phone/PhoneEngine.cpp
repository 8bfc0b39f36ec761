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

// Where the module is: beside an installed binary (bin/ → lib…/verifydesk/); for a program run
// from its build tree (the app, tests, benchmarks), also in that tree.
QStringList moduleCandidates()
{
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
    qFatal("Verify Desk cannot load its phone-number module; looked for: %s. Reinstall Verify "
           "Desk.",
           qUtf8Printable(tried.join(u", "_s)));
}

} // namespace

const Engine &engine()
{
    static const Engine *const loaded = load();
    return *loaded;
}

} // namespace phone
