/*
 * The phone's camera as a scanner: frames read ten times a second with jsQR (served with the page, window.jsQR),
 * scaled down to 800 pixels wide; a code found is handed on unless the page is busy with the last one.
 */

export class Camera {

    /** {@code $}: finds the page's elements by id; {@code onCode(text)}; {@code busy()}: whether to skip frames. */
    constructor($, onCode, busy) {
        this.$ = $;
        this.onCode = onCode;
        this.busy = busy;
        this.stream = null;
        this.canvas = document.createElement('canvas');
        this.context = this.canvas.getContext('2d', {willReadFrequently: true});
    }

    get running() { return this.stream !== null; }

    start() {
        const $ = this.$;
        if (!window.isSecureContext) {
            // browsers give the camera only to https:// pages (and localhost): say so in one line, not "a problem"
            $('httpsNote').hidden = false;
            $('startCamera').hidden = true;
            return;
        }
        if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
            $('cameraProblem').hidden = false;
            return;
        }
        navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment', width: {ideal: 1280}, height: {ideal: 720}},
            audio: false}).then((s) => {
            this.stream = s;
            const video = $('video');
            video.srcObject = s;
            video.setAttribute('playsinline', 'playsinline');
            return video.play();
        }).then(() => {
            $('startCamera').hidden = true;
            $('cameraProblem').hidden = true;
            this.frame();
        }).catch(() => {
            $('startCamera').hidden = false;
            $('cameraProblem').hidden = false;
        });
    }

    stop() {
        if (this.stream) {
            this.stream.getTracks().forEach((t) => t.stop());
            this.stream = null;
        }
    }

    frame() {
        if (!this.stream) { return; }
        const video = this.$('video');
        if (!this.busy() && video.readyState >= 2 && video.videoWidth) {
            const scale = Math.min(1, 800 / video.videoWidth);
            const w = Math.round(video.videoWidth * scale);
            const h = Math.round(video.videoHeight * scale);
            this.canvas.width = w;
            this.canvas.height = h;
            this.context.drawImage(video, 0, 0, w, h);
            const found = window.jsQR
                ? window.jsQR(this.context.getImageData(0, 0, w, h).data, w, h, {inversionAttempts: 'dontInvert'}) : null;
            if (found && found.data) { this.onCode(found.data); }
        }
        setTimeout(() => this.frame(), 100);
    }
}
