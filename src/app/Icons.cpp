#include "Icons.h"

#include "Appearance.h"
#include "EnumKeys.h"
#include "Logging.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QMetaEnum>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace Icons {
namespace {

// Each icon's drawing: Lucide's name for it.
// clang-format off
constexpr EnumKey<Name> kFiles[] = {
    {Name::Verify,       "shield-check"},
    {Name::History,      "history"},
    {Name::Inspector,    "activity"},
    {Name::Console,      "square-terminal"},
    {Name::Settings,     "settings"},
    {Name::Sms,          "message-square"},
    {Name::Call,         "phone-call"},
    {Name::CallMissed,   "phone-missed"},
    {Name::Check,        "check"},
    {Name::Verified,     "circle-check"},
    {Name::Failed,       "circle-x"},
    {Name::Close,        "x"},
    {Name::Clock,        "clock"},
    {Name::Timer,        "timer"},
    {Name::Warning,      "triangle-alert"},
    {Name::Error,        "circle-alert"},
    {Name::Info,         "info"},
    {Name::Copy,         "copy"},
    {Name::Export,       "download"},
    {Name::Import,       "upload"},
    {Name::Refresh,      "refresh-cw"},
    {Name::Send,         "send"},
    {Name::NextEvent,    "skip-forward"},
    {Name::Search,       "search"},
    {Name::Delete,       "trash-2"},
    {Name::Sandbox,      "flask-conical"},
    {Name::Operator,     "user"},
    {Name::Key,          "key-round"},
    {Name::Reveal,       "eye"},
    {Name::Conceal,      "eye-off"},
    {Name::Save,         "save"},
    {Name::Add,          "plus"},
    {Name::Pending,      "circle-dashed"},
    {Name::Cancelled,    "ban"},
    {Name::Waiting,      "hourglass"},
    {Name::Phone,        "smartphone"},
    {Name::Filter,       "list-filter"},
    {Name::Busy,         "loader-circle"},
    {Name::Keyboard,     "keyboard"},
    {Name::OpenExternal, "external-link"},
    {Name::Question,     "circle-question-mark"},
    {Name::Quit,         "log-out"},
};
// clang-format on

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// A tone's colour on the current palette; the hues are chosen to keep a contrast of at least
// 4.5:1 against the light and the dark window colour.
QColor toneColour(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Text:
        return palette.color(QPalette::Active, QPalette::WindowText);
    case Tone::Accent:
        return palette.color(QPalette::Active, QPalette::Link);
    case Tone::Success:
        return QColor(dark ? "#56c271" : "#1a7f37");
    case Tone::Warning:
        return QColor(dark ? "#e0b341" : "#8a5a00");
    case Tone::Danger:
        return Appearance::errorColour(palette);
    }
    return palette.color(QPalette::WindowText);
}

QColor modeColour(Tone tone, QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    if (mode == QIcon::Disabled)
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    if (mode == QIcon::Selected)
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    return toneColour(tone, palette); // Normal and Active
}

QByteArray svgSource(const QString &path)
{
    static QHash<QString, QByteArray> sources;
    auto it = sources.find(path);
    if (it == sources.end()) {
        QFile file(path);
        it = sources.insert(path, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    return *it;
}

// Renders the icon's SVG with `currentColor` replaced by the colour of the mode and tone.
class TintedSvgEngine : public QIconEngine
{
public:
    TintedSvgEngine(QString path, Tone tone)
        : m_path(std::move(path))
        , m_tone(tone)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = pixmap((QSizeF(rect.size()) * ratio).toSize(), mode, state);
        pm.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        if (size.isEmpty())
            return {};
        const QColor colour = modeColour(m_tone, mode);
        const QString cacheKey = u"verifydesk-icon:%1:%2x%3:%4"_s.arg(m_path)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(colour.name(QColor::HexArgb));
        QPixmap pm;
        if (QPixmapCache::find(cacheKey, &pm))
            return pm;
        QByteArray svg = svgSource(m_path);
        svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        pm = QPixmap(size);
        pm.fill(Qt::transparent);
        if (renderer.isValid()) {
            QPainter p(&pm);
            renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        QPixmapCache::insert(cacheKey, pm);
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    bool isNull() override { return svgSource(m_path).isEmpty(); }
    QString key() const override { return u"VerifyDeskTintedSvg"_s; }
    QIconEngine *clone() const override { return new TintedSvgEngine(m_path, m_tone); }

private:
    QString m_path;
    Tone m_tone;
};

// Sets on each control the icon its "iconName" property names; see applyNamed().
template<typename Control> void applyNamedTo(const QList<Control *> &controls)
{
    const QMetaEnum names = QMetaEnum::fromType<Name>();
    for (Control *control : controls) {
        const QVariant key = control->property("iconName");
        if (!key.isValid())
            continue;
        bool known = false;
        const int value = names.keyToValue(key.toString().toLatin1().constData(), &known);
        if (known) {
            control->setIcon(icon(static_cast<Name>(value)));
        } else {
            qCWarning(lcApp, "%s names the icon \"%s\", which Icons::Name does not have",
                      qPrintable(control->objectName()), qPrintable(key.toString()));
        }
    }
}

} // namespace

QString path(Name name)
{
    const QString file = keyOf(kFiles, name);
    return file.isEmpty() ? QString() : u":/verifydesk/icons/lucide/%1.svg"_s.arg(file);
}

QList<Name> all()
{
    const QMetaEnum names = QMetaEnum::fromType<Name>();
    QList<Name> result;
    for (int i = 0; i < names.keyCount(); ++i)
        result.append(static_cast<Name>(names.value(i)));
    return result;
}

QIcon icon(Name name, Tone tone)
{
    return QIcon(new TintedSvgEngine(path(name), tone));
}

void applyNamed(QWidget *form)
{
    applyNamedTo(form->findChildren<QAbstractButton *>());
    applyNamedTo(form->findChildren<QAction *>());
}

} // namespace Icons
