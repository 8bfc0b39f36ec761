#pragma once

#include "settings/Settings.h"

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QString>

class QLabel;

// Applies the Light / Dark / System setting to the whole application through QPalette (Qt 6.4 has
// no colour-scheme API): System keeps the platform's style and palette, Light and Dark use the
// Fusion style with a complete palette of their own. Follows the setting live.
class Appearance : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Appearance)

public:
    // Applies the stored theme now and whenever it changes; `settings` must outlive this object.
    explicit Appearance(Settings *settings, QObject *parent = nullptr);
    ~Appearance() override;

    // Switches the application's style and palette; System restores what the platform gave.
    static void apply(Settings::Theme theme);
    static QPalette lightPalette();
    static QPalette darkPalette();

    // A red that reads on `palette`'s window colour (dark red on light, light red on dark).
    static QColor errorColour(const QPalette &palette);
    // Black or white, whichever reads better on `background` (the profile banner's colour).
    static QColor textColourOn(const QColor &background);
    // Makes `label` an error label: the error colour of the current palette, kept when the theme
    // changes, and the property "error" set. Its text should carry a marker too (errorText()).
    static void markAsError(QLabel *label);
    // `message` with a warning sign in front, so that status never depends on colour alone.
    static QString errorText(const QString &message);
    // Shows `text` in the label (with the sign of an error when it is marked as one), or hides
    // the label when `text` is empty.
    static void setMessage(QLabel *label, const QString &text);

private:
    static void rememberSystemLook();

    Settings *m_settings;
};
