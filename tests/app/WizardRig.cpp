#include "WizardRig.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

WizardRig::WizardRig()
    : control(harness.sandbox().baseUrl())
    , clock(QDateTime::currentMSecsSinceEpoch())
    , wizard(&harness.connections(), &harness.history())
{
    harness.connection().setClock(&clock);
    wizard.setProfile(harness.settings().activeProfile());
    wizard.resize(900, 600);
}

bool WizardRig::show()
{
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return false;
    wizard.activateWindow();
    return QTest::qWaitForWindowActive(&wizard);
}

QString WizardRig::rightCode(const QString &number)
{
    return control.lastCode(number);
}

QString WizardRig::wrongCode(const QString &number)
{
    return rightCode(number) == u"0000"_s ? u"1111"_s : u"0000"_s;
}
