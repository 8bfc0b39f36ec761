#include "AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QIcon>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTreeWidgetItem>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The path as the user reads it, with an end that stays visible when the field is narrow.
void showPath(QLineEdit *field, const QString &path)
{
    field->setText(path);
    field->setCursorPosition(0);
    field->setToolTip(path);
}

// The licence of the icon set, as shipped with it (resources/icons/LICENSE), in a window of its
// own beside the About box.
QDialog *iconLicenceDialog(QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(u"iconLicenceDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(AboutDialog::tr("Icon licence"));
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(u"licenceText"_s);
    text->setAccessibleName(AboutDialog::tr("Icon licence"));
    text->setReadOnly(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QFile licence(AboutDialog::iconLicencePath());
    const QString shown = licence.open(QIODevice::ReadOnly | QIODevice::Text)
        ? QString::fromUtf8(licence.readAll())
        : QString();
    text->setPlainText(shown);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    // A hundred columns, the width of the file's text; the list of icon names is wrapped.
    const QFontMetrics metrics(text->font());
    QSize size(metrics.horizontalAdvance(QString(100, u'M')) + 64, 30 * metrics.lineSpacing());
    if (const QScreen *screen = parent ? parent->screen() : nullptr)
        size = size.boundedTo(screen->availableGeometry().size() - QSize(48, 48));
    dialog->resize(size);
    return dialog;
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

    connect(m_ui->iconLicenceButton, &QPushButton::clicked, this,
            [this] { iconLicenceDialog(this)->open(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close))
        close->setDefault(true);

    // Tall enough for its wrapped text: left to adjustSize(), a window stops at two thirds of the
    // screen's height, which cuts this one's text short on a 1024×700 screen.
    const int width = std::max(minimumWidth(), sizeHint().width());
    int height = layout()->totalHeightForWidth(width);
    if (const QScreen *screen = this->screen())
        height = std::min(height, screen->availableGeometry().height() - 48);
    resize(width, std::max(height, sizeHint().height()));
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::iconLicencePath()
{
    return u":/verifydesk/icons/LICENSE"_s;
}

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
