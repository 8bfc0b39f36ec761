#include "Appearance.h"
#include "DeferredIconStyle.h"
#include "Icons.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMetaEnum>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// The colour of the most opaque pixel: what the icon's strokes were drawn in.
QColor strokeColour(const QIcon &icon, QIcon::Mode mode = QIcon::Normal)
{
    const QImage image = icon.pixmap(QSize(48, 48), 1.0, mode).toImage();
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > best.alpha())
                best = c;
        }
    }
    best.setAlpha(255);
    return best;
}

int inkedPixels(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(32, 32), 1.0).toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).alpha() > 0 ? 1 : 0;
    }
    return count;
}

QImage drawn(const QIcon &icon)
{
    return icon.pixmap(QSize(32, 32), 1.0).toImage();
}

// Each iconName property of a .ui form: which control of which form, what kind of control it is
// (the widget's class, or "action"), the name it gives and whether uic would translate it.
struct NamedIcon
{
    QString control;
    QString kind;
    QString name;
    bool translated = true;
};

QList<NamedIcon> namedIcons(const QString &uiFile)
{
    QFile file(uiFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<NamedIcon> found;
    QList<std::pair<QString, QString>> owners; // (name, kind) of the enclosing widgets and actions
    QXmlStreamReader xml(&file);
    while (xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd()) {
        const bool control = xml.name() == u"widget" || xml.name() == u"action";
        if (xml.isStartElement() && control) {
            const QXmlStreamAttributes attributes = xml.attributes();
            owners.append(
                {attributes.value(u"name"_s).toString(),
                 xml.name() == u"action" ? u"action"_s : attributes.value(u"class"_s).toString()});
        } else if (xml.isEndElement() && control) {
            owners.removeLast();
        } else if (xml.isStartElement() && xml.name() == u"property"
                   && xml.attributes().value(u"name"_s) == u"iconName" && !owners.isEmpty()) {
            xml.readNextStartElement(); // <string>
            const bool translated = xml.attributes().value(u"notr"_s) != u"true";
            found.append(
                {owners.last().first, owners.last().second, xml.readElementText(), translated});
        }
    }
    return found;
}

} // namespace

class tst_Icons : public QObject
{
    Q_OBJECT

private slots:
    void everyIconIsShippedAndDraws();
    void followsThePaletteAndTheMode();
    void tonesKeepTheirHueInBothThemes();
    void theLicenceShipsBesideTheIcons();
    void qtWidgetsDrawWithTheSet();
    void aFormNamesTheIconsOfItsButtonsAndActions();
    void anUnknownIconNameIsReported();
    void everyFormNamesIconsOfTheSet();
};

void tst_Icons::everyIconIsShippedAndDraws()
{
    QVERIFY(Icons::all().size() >= 30);
    for (Icons::Name name : Icons::all()) {
        const QString path = Icons::path(name);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const QIcon icon = Icons::icon(name);
        QVERIFY(!icon.isNull());
        // A line icon inks some of its square and not all of it.
        const int inked = inkedPixels(icon);
        QVERIFY2(inked > 20 && inked < 32 * 32, qPrintable(u"%1: %2"_s.arg(path).arg(inked)));
    }
}

void tst_Icons::followsThePaletteAndTheMode()
{
    Appearance::apply(Settings::Theme::Light);
    const QIcon icon = Icons::icon(Icons::Name::History);
    const QColor lightText = qApp->palette().color(QPalette::WindowText);
    QCOMPARE(strokeColour(icon).name(), lightText.name());
    QCOMPARE(strokeColour(icon, QIcon::Disabled).name(),
             qApp->palette().color(QPalette::Disabled, QPalette::WindowText).name());
    QCOMPARE(strokeColour(icon, QIcon::Selected).name(),
             qApp->palette().color(QPalette::HighlightedText).name());

    // The same QIcon, painted again after the theme changes, takes the new palette.
    Appearance::apply(Settings::Theme::Dark);
    const QColor darkText = qApp->palette().color(QPalette::WindowText);
    QVERIFY(darkText != lightText);
    QCOMPARE(strokeColour(icon).name(), darkText.name());
}

void tst_Icons::tonesKeepTheirHueInBothThemes()
{
    for (Settings::Theme theme : {Settings::Theme::Light, Settings::Theme::Dark}) {
        Appearance::apply(theme);
        const QColor window = qApp->palette().color(QPalette::Window);
        const QColor success =
            strokeColour(Icons::icon(Icons::Name::Verified, Icons::Tone::Success));
        const QColor danger = strokeColour(Icons::icon(Icons::Name::Failed, Icons::Tone::Danger));
        const QColor warning =
            strokeColour(Icons::icon(Icons::Name::Warning, Icons::Tone::Warning));
        QVERIFY(success.green() > success.red());
        QVERIFY(danger.red() > danger.green());
        QVERIFY(warning.red() > warning.blue());
        // Readable on the window: lighter than a dark window, darker than a light one.
        for (const QColor &c : {success, danger, warning})
            QVERIFY(std::abs(c.lightness() - window.lightness()) > 60);
    }
}

void tst_Icons::theLicenceShipsBesideTheIcons()
{
    QFile licence(QStringLiteral(VERIFYDESK_ICON_LICENCE));
    QVERIFY(licence.open(QIODevice::ReadOnly));
    const QByteArray text = licence.readAll();
    QVERIFY(text.contains("ISC License"));
    QVERIFY(text.contains("Lucide"));
}

void tst_Icons::qtWidgetsDrawWithTheSet()
{
    // What Qt's own widgets ask the style for: a message box's sign, a dialog button's icon, a
    // line edit's clear button. The application's style answers from the set.
    const DeferredIconStyle style(u"Fusion"_s);
    using Icons::Name;
    using Icons::Tone;
    const std::pair<QStyle::StandardPixmap, QIcon> expected[] = {
        {QStyle::SP_MessageBoxWarning, Icons::icon(Name::Warning, Tone::Warning)},
        {QStyle::SP_MessageBoxCritical, Icons::icon(Name::Error, Tone::Danger)},
        {QStyle::SP_MessageBoxInformation, Icons::icon(Name::Info, Tone::Accent)},
        {QStyle::SP_MessageBoxQuestion, Icons::icon(Name::Question, Tone::Accent)},
        {QStyle::SP_DialogCloseButton, Icons::icon(Name::Close)},
        {QStyle::SP_DialogOkButton, Icons::icon(Name::Check)},
        {QStyle::SP_LineEditClearButton, Icons::icon(Name::Close)},
    };
    for (const auto &[standard, icon] : expected) {
        QVERIFY(inkedPixels(style.standardIcon(standard)) > 0);
        QCOMPARE(drawn(style.standardIcon(standard)), drawn(icon));
    }
}

void tst_Icons::aFormNamesTheIconsOfItsButtonsAndActions()
{
    // As uic builds a form: the buttons in rows of their own, the property set on each.
    QWidget form;
    auto *row = new QWidget(&form);
    auto *copy = new QPushButton(u"Copy"_s, row);
    copy->setProperty("iconName", u"Copy"_s);
    auto *unnamed = new QToolButton(&form);
    auto *save = new QAction(u"Save"_s, &form);
    save->setProperty("iconName", u"Save"_s);

    Icons::applyNamed(&form);
    QCOMPARE(drawn(copy->icon()), drawn(Icons::icon(Icons::Name::Copy)));
    QCOMPARE(drawn(save->icon()), drawn(Icons::icon(Icons::Name::Save)));
    QVERIFY(unnamed->icon().isNull());
}

void tst_Icons::anUnknownIconNameIsReported()
{
    QWidget form;
    auto *button = new QPushButton(&form);
    button->setObjectName(u"copyButton"_s);
    button->setProperty("iconName", u"Coppy"_s);
    QTest::ignoreMessage(QtWarningMsg,
                         "copyButton names the icon \"Coppy\", which Icons::Name does not have");
    Icons::applyNamed(&form);
    QVERIFY(button->icon().isNull());
}

void tst_Icons::everyFormNamesIconsOfTheSet()
{
    const QDir forms(QStringLiteral(VERIFYDESK_UI_DIR));
    const QStringList files = forms.entryList({u"*.ui"_s}, QDir::Files);
    QVERIFY(files.size() > 10);
    const QMetaEnum names = QMetaEnum::fromType<Icons::Name>();
    // Icons::applyNamed() sets the icons of buttons and actions only.
    const QStringList kinds {u"QPushButton"_s,  u"QToolButton"_s,        u"QCheckBox"_s,
                             u"QRadioButton"_s, u"QCommandLinkButton"_s, u"action"_s};
    qsizetype count = 0;
    for (const QString &file : files) {
        for (const NamedIcon &named : namedIcons(forms.filePath(file))) {
            const QString where = u"%1, %2: %3"_s.arg(file, named.control, named.name);
            bool known = false;
            names.keyToValue(named.name.toLatin1().constData(), &known);
            QVERIFY2(known, qPrintable(where));
            QVERIFY2(kinds.contains(named.kind), qPrintable(u"%1 (%2)"_s.arg(where, named.kind)));
            // A translated name would be looked up in Dutch, and found in no language.
            QVERIFY2(!named.translated, qPrintable(u"%1 lacks notr=\"true\""_s.arg(where)));
            ++count;
        }
    }
    // The forms' buttons do name their icons (the Console's, the History's, the Inspector's...).
    QVERIFY2(count > 20, qPrintable(QString::number(count)));
}

QTEST_MAIN(tst_Icons)
#include "tst_Icons.moc"
