#include "AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QCoreApplication>
#include <QIcon>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTreeWidgetItem>

using namespace Qt::StringLiterals;

namespace {

// The path as the user reads it, with an end that stays visible when the field is narrow.
void showPath(QLineEdit *field, const QString &path)
{
    field->setText(path);
    field->setCursorPosition(0);
    field->setToolTip(path);
}

} // namespace

AboutDialog::AboutDialog(const StorageLocations &locations, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);

    // The icon is a resource of the executable and needs Qt's SVG support; without either, no icon.
    const QPixmap icon = QIcon(u":/verifydesk/icons/verifydesk.svg"_s).pixmap(64, 64);
    if (!icon.isNull())
        m_ui->iconLabel->setPixmap(icon);
    else
        m_ui->iconLabel->hide();

    m_ui->titleLabel->setText(tr("Verify Desk %1").arg(QCoreApplication::applicationVersion()));
    m_ui->qtVersionLabel->setText(
        tr("Running on Qt %1, built with Qt %2.")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));

    for (const Library &library : libraries()) {
        auto *item = new QTreeWidgetItem(m_ui->librariesView, {library.name, library.licence});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    m_ui->librariesView->resizeColumnToContents(0);

    showPath(m_ui->settingsPath, locations.settingsFile);
    showPath(m_ui->historyPath, locations.historyFile);
    showPath(m_ui->keychainService, locations.keychainService);
    showPath(m_ui->secretsFilePath, locations.secretsFallbackFile);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close))
        close->setDefault(true);
}

AboutDialog::~AboutDialog() = default;

QList<AboutDialog::Library> AboutDialog::libraries()
{
    // Licences as SPDX identifiers, which are not translated; "public domain" has none.
    return {
        {u"Qt"_s, u"LGPL-3.0-only"_s},
        {u"QtKeychain"_s, u"BSD-3-Clause"_s},
        {u"libphonenumber"_s, u"Apache-2.0"_s},
        {u"SQLite"_s, tr("Public domain")},
        {u"Protocol Buffers"_s, u"BSD-3-Clause"_s},
    };
}
