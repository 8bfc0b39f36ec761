#include "Appearance.h"

#include "DeferredIconStyle.h"
#include "FormRows.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct SystemLook
{
    bool known = false;
    QString styleName;
    QPalette palette;
};

SystemLook &systemLook()
{
    static SystemLook look;
    return look;
}

// Each role's colour in the Light and Dark themes, enabled (active and inactive) and disabled.
struct RoleColours
{
    QPalette::ColorRole role;
    const char *light;
    const char *lightDisabled;
    const char *dark;
    const char *darkDisabled;
};

// clang-format off
const RoleColours kThemeColours[] = {
    // role                         light      disabled   dark       disabled
    {QPalette::Window,              "#f3f3f3", "#f3f3f3", "#2d2d30", "#2d2d30"},
    {QPalette::WindowText,          "#1f1f1f", "#8c8c8c", "#e8e8e8", "#7d7d7d"},
    {QPalette::Base,                "#ffffff", "#f3f3f3", "#1e1e1e", "#262629"},
    {QPalette::AlternateBase,       "#f4f5f7", "#f4f5f7", "#262629", "#262629"},
    {QPalette::ToolTipBase,         "#ffffe1", "#ffffe1", "#3c3c40", "#3c3c40"},
    {QPalette::ToolTipText,         "#1f1f1f", "#1f1f1f", "#f0f0f0", "#f0f0f0"},
    {QPalette::PlaceholderText,     "#6b6b6b", "#a0a0a0", "#9a9a9a", "#6a6a6a"},
    {QPalette::Text,                "#1f1f1f", "#8c8c8c", "#e8e8e8", "#7d7d7d"},
    {QPalette::Button,              "#e8e8e8", "#ececec", "#3a3a3d", "#333336"},
    {QPalette::ButtonText,          "#1f1f1f", "#8c8c8c", "#e8e8e8", "#7d7d7d"},
    {QPalette::BrightText,          "#ffffff", "#ffffff", "#ffffff", "#ffffff"},
    {QPalette::Light,               "#ffffff", "#ffffff", "#505055", "#505055"},
    {QPalette::Midlight,            "#f0f0f0", "#f0f0f0", "#434347", "#434347"},
    {QPalette::Mid,                 "#b8b8b8", "#c4c4c4", "#303033", "#303033"},
    {QPalette::Dark,                "#a0a0a0", "#a0a0a0", "#1c1c1e", "#1c1c1e"},
    {QPalette::Shadow,              "#767676", "#767676", "#000000", "#000000"},
    {QPalette::Highlight,           "#2f6fd0", "#b0b0b0", "#3d7bd9", "#505055"},
    {QPalette::HighlightedText,     "#ffffff", "#ffffff", "#ffffff", "#bdbdbd"},
    {QPalette::Link,                "#0b57d0", "#7a9fd6", "#7cb8ff", "#5a7fa8"},
    {QPalette::LinkVisited,         "#6f42c1", "#a38bd0", "#c3a6ff", "#8a76b0"},
};
// clang-format on

QPalette themePalette(const char *RoleColours::*enabled, const char *RoleColours::*disabled)
{
    QPalette p;
    for (const RoleColours &colours : kThemeColours) {
        const QColor colour(QLatin1StringView(colours.*enabled));
        p.setColor(QPalette::Active, colours.role, colour);
        p.setColor(QPalette::Inactive, colours.role, colour);
        p.setColor(QPalette::Disabled, colours.role, QColor(QLatin1StringView(colours.*disabled)));
    }
    return p;
}

// Keeps an error label's colour right for the application palette, which the theme changes live.
class ErrorColourKeeper : public QObject
{
    Q_DISABLE_COPY_MOVE(ErrorColourKeeper)

public:
    explicit ErrorColourKeeper(QLabel *label)
        : QObject(label)
        , m_label(label)
    {
        label->installEventFilter(this);
        update();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_label
            && (event->type() == QEvent::ApplicationPaletteChange
                || event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
            update();
        return false;
    }

private:
    void update()
    {
        QPalette palette = m_label->palette();
        const QColor colour = Appearance::errorColour(QApplication::palette(m_label));
        if (palette.color(QPalette::WindowText) == colour)
            return;
        palette.setColor(QPalette::WindowText, colour);
        palette.setColor(QPalette::Text, colour);
        m_label->setPalette(palette);
    }

    QLabel *m_label;
};

} // namespace

Appearance::Appearance(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    rememberSystemLook();
    // System at start: leave the platform's look untouched, so that it keeps following the desktop.
    if (m_settings->theme() != Settings::Theme::System)
        apply(m_settings->theme());
    connect(m_settings, &Settings::themeChanged, this, &Appearance::apply);
}

Appearance::~Appearance() = default;

void Appearance::rememberSystemLook()
{
    SystemLook &look = systemLook();
    if (look.known)
        return;
    look.known = true;
    look.styleName = DeferredIconStyle::nameOf(QApplication::style());
    look.palette = QApplication::palette();
}

void Appearance::apply(Settings::Theme theme)
{
    rememberSystemLook();
    if (theme == Settings::Theme::System) {
        // An empty palette hands the colours back to the platform theme and the style.
        QApplication::setPalette(QPalette());
        if (DeferredIconStyle::nameOf(QApplication::style())
                .compare(systemLook().styleName, Qt::CaseInsensitive)
            != 0)
            QApplication::setStyle(new DeferredIconStyle(systemLook().styleName));
        QApplication::setPalette(systemLook().palette);
        return;
    }
    // Fusion draws with the palette's colours; native styles may ignore them.
    if (DeferredIconStyle::nameOf(QApplication::style()).compare(u"fusion"_s, Qt::CaseInsensitive)
        != 0)
        QApplication::setStyle(new DeferredIconStyle(u"Fusion"_s));
    QApplication::setPalette(theme == Settings::Theme::Dark ? darkPalette() : lightPalette());
}

QPalette Appearance::lightPalette()
{
    return themePalette(&RoleColours::light, &RoleColours::lightDisabled);
}

QPalette Appearance::darkPalette()
{
    return themePalette(&RoleColours::dark, &RoleColours::darkDisabled);
}

QColor Appearance::errorColour(const QPalette &palette)
{
    // Both reach a contrast of about 6:1 on their window colour.
    return palette.color(QPalette::Window).lightnessF() < 0.5 ? QColor(0xff, 0x8a, 0x80)
                                                              : QColor(0xb3, 0x26, 0x1e);
}

QColor Appearance::textColourOn(const QColor &background)
{
    auto channel = [](float c) {
        return c <= 0.03928f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
    };
    const float luminance = 0.2126f * channel(background.redF())
        + 0.7152f * channel(background.greenF()) + 0.0722f * channel(background.blueF());
    // White wins on anything darker than mid-grey by WCAG contrast.
    return luminance > 0.179f ? QColor(Qt::black) : QColor(Qt::white);
}

void Appearance::setMessage(QLabel *label, const QString &text)
{
    label->setText(label->property("error").toBool() ? errorText(text) : text);
    // A message that is a form's row on its own comes and goes as that row (FormRows).
    FormRows::setShown(label, !text.isEmpty());
}

void Appearance::markAsError(QLabel *label)
{
    if (label->property("error").toBool() && label->findChild<ErrorColourKeeper *>())
        return;
    label->setProperty("error", true);
    new ErrorColourKeeper(label);
}

QString Appearance::errorText(const QString &message)
{
    if (message.isEmpty() || message.startsWith(u'⚠') || message.startsWith(u'✗'))
        return message;
    return tr("⚠ %1").arg(message);
}
